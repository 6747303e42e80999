"""A Chinese font that a PDF can carry: found on the system, or the one the planner chose.

reportlab embeds (subsets) TrueType-outline fonts only. It refuses CFF-outline
OpenType fonts (Noto Sans CJK, Source Han Sans), and its built-in CJK font
STSong-Light is not embedded at all: a viewer without Adobe's CJK data then shows
blank text. So a board is drawn only with a TrueType font that has the
characters it prints; when there is none, the planner is told so, and no PDF is
written.

The search knows the fonts Windows ships (SimHei, Microsoft YaHei, SimSun, in
the system's and the user's font folders), those Linux distributions package
(WenQuanYi Zen Hei and Micro Hei, AR PL UMing and UKai) and a few of macOS.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

# (file name, subfont index): in order of preference, a 黑体 first (one county's rule, HALL-PRACTICE.md).
KNOWN_FONTS = (
    ("simhei.ttf", 0),  # Windows: SimHei 黑体
    ("msyh.ttc", 0),  # Windows: Microsoft YaHei 微软雅黑
    ("msyh.ttf", 0),
    ("simsun.ttc", 0),  # Windows: SimSun 宋体
    ("wqy-zenhei.ttc", 0),  # Linux: fonts-wqy-zenhei
    ("wqy-microhei.ttc", 0),  # Linux: fonts-wqy-microhei
    ("uming.ttc", 0),  # Linux: fonts-arphic-uming
    ("ukai.ttc", 0),  # Linux: fonts-arphic-ukai
    ("STHeiti Medium.ttc", 0),  # macOS
    ("Arial Unicode.ttf", 0),  # macOS
)
# Characters every board prints; a font without them is not a Chinese font.
PROBE = "厦门市政务服务中心分窗口局"


def font_folders() -> list[Path]:
    """Where fonts are installed, on Windows, Linux and macOS."""
    folders = []
    if os.name == "nt":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        if os.environ.get("LOCALAPPDATA"):
            folders.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
    else:
        folders += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                    Path.home() / ".fonts", Path("/Library/Fonts"), Path("/System/Library/Fonts"),
                    Path("/System/Library/Fonts/Supplemental")]
    return [folder for folder in folders if folder.is_dir()]


@dataclass(frozen=True)
class CjkFont:
    """A registered TrueType font; ``name`` is what the canvas knows it by."""

    name: str
    path: Path
    subfont_index: int
    family: str
    widths: dict[int, float]  # code point -> advance in 1/1000 of the type size
    default_width: float
    ascent: float  # in 1/1000 of the type size
    descent: float  # negative

    def missing(self, texts: Iterable[str]) -> str:
        """The characters of ``texts`` the font has no glyph for, each once, in order."""
        seen = dict.fromkeys(char for text in texts for char in text)
        return "".join(char for char in seen if not char.isspace() and ord(char) not in self.widths)


def outline_format(path: Path, subfont_index: int = 0) -> str:
    """``truetype``, ``cff`` or ``unknown``: what kind of outlines the font file holds."""
    with path.open("rb") as file:
        head = file.read(12)
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            if subfont_index >= count:
                return "unknown"
            file.seek(12 + 4 * subfont_index)
            file.seek(struct.unpack(">I", file.read(4))[0])
            head = file.read(4)
    if head[:4] in (b"\x00\x01\x00\x00", b"true"):
        return "truetype"
    if head[:4] == b"OTTO":
        return "cff"
    return "unknown"


def load_font(path: Path, subfont_index: int = 0) -> CjkFont:
    """The font at ``path``, registered with reportlab; refused with a reason the planner can act on."""
    path = Path(path)
    if not path.is_file():
        raise HallPlannerError(message("fonts", "找不到字体文件:{path}").format(path=path))
    try:
        kind = outline_format(path, subfont_index)
    except (OSError, struct.error) as exc:
        raise HallPlannerError(message("fonts", "无法读取字体文件 {path}:{reason}").format(path=path, reason=exc)) from exc
    if kind == "cff":
        raise HallPlannerError(message(
            "fonts", "字体 {path} 是 CFF 轮廓的 OpenType 字体(如思源黑体、Noto Sans CJK),PDF 无法嵌入;"
                     "请选择 TrueType 字体(.ttf 或 .ttc,如黑体 simhei.ttf、微软雅黑 msyh.ttc、文泉驿正黑)").format(path=path))
    if kind != "truetype":
        raise HallPlannerError(message("fonts", "{path} 不是可用的 TrueType 字体文件").format(path=path))
    name = f"HallPlanner-{path.stem}-{subfont_index}"
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            font = TTFont(name, str(path), subfontIndex=subfont_index)
        except (TTFError, OSError, struct.error) as exc:
            raise HallPlannerError(message("fonts", "字体 {path} 无法嵌入 PDF:{reason}")
                                   .format(path=path, reason=exc)) from exc
        pdfmetrics.registerFont(font)
    face = font.face
    loaded = CjkFont(name, path, subfont_index, _text(face.familyName), face.charWidths, face.defaultWidth,
                     face.ascent, face.descent)
    if loaded.missing([PROBE]):
        raise HallPlannerError(message("fonts", "字体 {path} 没有中文字形,请选择中文 TrueType 字体").format(path=path))
    return loaded


def _text(value: bytes | str) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else value


def installed_candidates(folders: Iterable[Path] | None = None) -> Iterator[tuple[Path, int]]:
    """The known Chinese TrueType fonts installed, in order of preference."""
    by_name: dict[str, Path] = {}
    wanted = {name.lower() for name, _ in KNOWN_FONTS}
    for folder in font_folders() if folders is None else folders:
        for path in sorted(folder.rglob("*")):
            if path.name.lower() in wanted:
                by_name.setdefault(path.name.lower(), path)
    for name, index in KNOWN_FONTS:
        if name.lower() in by_name:
            yield by_name[name.lower()], index


def find_cjk_font(chosen: Path | None = None, folders: Iterable[Path] | None = None) -> CjkFont:
    """The planner's font if one was chosen (refused when unusable), else the first usable installed one."""
    if chosen is not None:
        return load_font(Path(chosen))
    for path, index in installed_candidates(folders):
        try:
            return load_font(path, index)
        except HallPlannerError:
            continue
    raise HallPlannerError(message(
        "fonts", "没有找到可嵌入 PDF 的中文 TrueType 字体,未生成 PDF。请安装黑体、微软雅黑或文泉驿正黑"
                 "(Linux:fonts-wqy-zenhei),或指定字体文件(.ttf、.ttc)"))
