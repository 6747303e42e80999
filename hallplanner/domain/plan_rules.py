"""The plan's rules, each defined once under the id it has in PLAN-RULES.md.

A rule is decided from the data (its check reports findings, and where an edit could
break it the editor refuses the edit with the same predicate), or it is a checklist
item that only people can tick (R5 providers' places, R12a no off-book loop …), or a
progress measure (R11). None of them is silent: the checklist says what each open
rule waits for.
"""

from __future__ import annotations

from dataclasses import dataclass

from hallplanner.domain.messages import Message, message
from hallplanner.domain.vocabulary import Labelled


class RuleKind(Labelled):
    DECIDED = "decided", message("RuleKind", "由数据判定")
    PROGRESS = "progress", message("RuleKind", "进度指标")
    CHECKLIST = "checklist", message("RuleKind", "人工核对")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    title: Message
    section: str
    kind: RuleKind
    # What a checklist rule waits for, or what else a decided rule leaves to people.
    checklist: Message | None = None


def _rule(id_: str, title: Message, section: str, kind: RuleKind = RuleKind.DECIDED,
          checklist: Message | None = None) -> Rule:
    return Rule(id_, title, section, kind, checklist)


RULES: dict[str, Rule] = {rule.id: rule for rule in (
    _rule("R1", message("PlanRule", "负面清单外的事项应进驻中心,按期完成,审批服务不中断"), "§一、§二(一)、§三(一)"),
    _rule("R2", message("PlanRule", "未进驻的负面清单事项由服务部门设立分中心(特殊敏感事项除外)"), "§二(一)、§三(二)1"),
    _rule("R3", message("PlanRule", "已进驻的事项不得撤出"), "§二(一)"),
    _rule("R4", message("PlanRule", "进驻后原办理点可保留为靠前延伸办事窗口,须有理由(办件量大或有联办事项)"), "§二(二)"),
    _rule("R5", message("PlanRule", "供水、供电、供气、法律援助等公共服务单位进驻中心并多设办理点"), "§二(三)",
          RuleKind.CHECKLIST, message("PlanRule", "涉及公共服务单位及其办理点,数据中没有记录,请人工核对")),
    _rule("R6", message("PlanRule", "新增、删除、合并、拆分、更名的事项同样适用 R1–R5"), "§二(四)",
          checklist=message("PlanRule", "调整后的事项与其他事项一样接受 R1–R5 检查;合并含已进驻事项时编辑保持已进驻")),
    _rule("R7", message("PlanRule", "特殊敏感事项暂不设分中心,原址设标识、公布联系人和电话、地址到楼层房间"), "§三(二)3"),
    _rule("R8", message("PlanRule", "分中心按统一格式挂牌,原则上无差别综合窗口全覆盖"), "§三(二)2"),
    _rule("R9", message("PlanRule", "靠前延伸办事窗口按统一格式挂牌"), "§三(三)2"),
    _rule("R10", message("PlanRule", "进驻部门整建制进驻,实现三集中、三到位,实行首席事务代表制,窗口人员配足"), "§三(四)1",
          checklist=message("PlanRule", "三集中、三到位各项含义为通行说法(非方案原文),逐项状态见人员配置")),
    _rule("R10-local", message("PlanRule", "AB岗顶岗与轮岗期限"), "本地做法(非方案要求)",
          checklist=message("PlanRule", "本地做法,非方案要求;期限可在人员配置中修改")),
    # A mandatory national standard rather than the plan; the floor plan decides it.
    _rule("GB55019-3.6.1", message("PlanRule", "服务区设低位服务设施(无障碍强制性国家标准)"), "GB 55019-2021 §3.6.1"),
    _rule("GB55019-2.2.2", message("PlanRule", "窗口前的公共通道净宽不小于 1.20 米,人员密集场所 1.80 米(无障碍强制性国家标准)"),
          "GB 55019-2021 §2.2.2",
          checklist=message("PlanRule", "按平面图量取窗口正前方到其他窗口或后台办公区的净距;墙体与座椅未录入,请现场核对")),
    _rule("GB55019-4.0.1", message("PlanRule", "低位服务设施设无障碍标识(无障碍强制性国家标准)"),
          "GB 55019-2021 §4.0.1、§4.0.3"),
    # A practice from a provincial standard (HALL-PRACTICE.md [E]): a warning, never an error.
    _rule("DB32T2981-back-office", message("PlanRule", "窗口区与后台办公区分开设置(地方标准的做法)"),
          "DB32/T 2981(江苏地方标准,做法示例,非强制)"),
    _rule("R11", message("PlanRule", "逐步实现分领域综合窗口一窗通办"), "§三(四)3", RuleKind.PROGRESS),
    _rule("R12", message("PlanRule", "可网办的事项仍须保留线下办理窗口"), "§三(四)4"),
    _rule("R12a", message("PlanRule", "现场办结,杜绝体外循环,避免群众多跑"), "§三(四)2",
          RuleKind.CHECKLIST, message("PlanRule", "规划数据无法判定,请在运行中核查")),
    _rule("R13", message("PlanRule", "办理地点变更须在网上办事大厅、网站、微信公众号公布"), "§三(四)5",
          checklist=message("PlanRule", "变更清单由进驻和关闭日期得出;已生效而未在各渠道公布的变更列为问题")),
    _rule("R14", message("PlanRule", "负面清单调整报同级审改办,市审改办汇总报省审改办审定"), "§三(五)",
          checklist=message("PlanRule", "事项标记按施行中的清单版本核对,调整建议按办理步骤跟踪;批复文件请人工核对")),
    _rule("R15", message("PlanRule", "各区参照执行;镇街、村居按其负面清单进驻"), "§三(六)",
          checklist=message("PlanRule", "区级事项按 R1–R4 同样检查;镇街、村居的负面清单作为“镇街、村居”范围的版本导入,按 R14 核对")),
    _rule("R16", message("PlanRule", "对进驻、分中心、延伸窗口的运行和服务质量开展督查"), "§四(三)",
          checklist=message("PlanRule", "由督查记录判定:逾期未整改的问题,尚无督查记录的场所;督查的频次与质量请人工核对")),
)}
