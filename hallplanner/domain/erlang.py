"""Erlang C (the M/M/c queue): how many windows a load needs for a target wait.

Customers arrive at random (Poisson) at ``arrivals`` per ``period``; each takes
on average ``aht`` (exponentially distributed) at one of ``c`` windows; whoever
finds every window busy waits in one queue. Erlang C gives the probability of
waiting; from it follow the service level (the share served within the target
wait) and the average speed of answer (mean wait over all customers).

The textbook formula divides powers by factorials, which overflow a float at a
few hundred windows (170! is already beyond). Here the probability comes from
the Erlang B recursion, B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), whose terms
stay between 0 and 1, and C = c·B / (c − A·(1 − B)): stable at any size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hallplanner.domain.errors import HallPlannerError
from hallplanner.domain.messages import message

MAX_WINDOWS = 2000  # beyond this no hall plans one queue; the search stops and says so


def erlang_b(traffic: float, servers: int) -> float:
    """Blocking probability of ``servers`` with offered ``traffic`` (Erlangs), by the stable recursion."""
    blocking = 1.0
    for n in range(1, servers + 1):
        blocking = traffic * blocking / (n + traffic * blocking)
    return blocking


def erlang_c(traffic: float, servers: int) -> float:
    """Probability that an arrival waits, for ``servers`` > ``traffic`` (else 1: the queue grows without end)."""
    if traffic <= 0:
        return 0.0
    if servers <= traffic:
        return 1.0
    blocking = erlang_b(traffic, servers)
    return servers * blocking / (servers - traffic * (1 - blocking))


@dataclass(frozen=True, slots=True)
class QueueResult:
    """How ``windows`` serve a load: the queue's figures, and people needed once shrinkage is counted."""

    windows: int
    traffic: float  # offered load in Erlangs: arrivals per minute × handling minutes
    p_wait: float
    service_level: float  # share served within the target wait
    asa_s: float  # average speed of answer: mean wait in seconds, over everyone
    occupancy: float
    positions: int  # people to roster so that ``windows`` are manned despite leave, training, breaks

    def as_json(self) -> dict[str, float | int]:
        return {"windows": self.windows, "positions": self.positions, "traffic": self.traffic,
                "p_wait": self.p_wait, "service_level": self.service_level, "asa_s": self.asa_s,
                "occupancy": self.occupancy}


@dataclass(frozen=True, slots=True)
class Load:
    """A queue's load and its target: ``arrivals`` in ``period_min`` minutes, each taking ``aht_min``."""

    arrivals: float
    period_min: float
    aht_min: float
    target_wait_s: float
    service_level: float
    shrinkage: float = 0.0

    def __post_init__(self) -> None:
        problems = []
        if not all(map(math.isfinite, (self.arrivals, self.period_min, self.aht_min, self.target_wait_s,
                                        self.service_level, self.shrinkage))):
            problems.append(message("erlang", "参数须为有限数值"))
        if self.arrivals < 0:
            problems.append(message("erlang", "到达量不能为负数"))
        if self.period_min <= 0:
            problems.append(message("erlang", "统计时段须大于 0 分钟"))
        if self.aht_min <= 0:
            problems.append(message("erlang", "平均办理时长须大于 0 分钟"))
        if self.target_wait_s < 0:
            problems.append(message("erlang", "目标等候时间不能为负数"))
        if not 0 < self.service_level < 1:
            problems.append(message("erlang", "服务水平须在 0 与 1 之间(不含 0 和 1)"))
        if not 0 <= self.shrinkage < 1:
            problems.append(message("erlang", "缺勤率须在 0(含)与 1 之间"))
        if problems:
            raise HallPlannerError(problems[0])

    @property
    def traffic(self) -> float:
        return self.arrivals / self.period_min * self.aht_min

    def at(self, windows: int) -> QueueResult:
        """The queue's figures with ``windows`` open (more windows than the load, else it never clears)."""
        traffic = self.traffic
        p_wait = erlang_c(traffic, windows)
        spare = windows - traffic  # windows' worth of capacity beyond the load
        if traffic == 0:
            service_level, asa_s = 1.0, 0.0
        else:
            service_level = 1 - p_wait * math.exp(-spare * self.target_wait_s / (self.aht_min * 60))
            asa_s = p_wait * self.aht_min * 60 / spare
        positions = math.ceil(windows / (1 - self.shrinkage) - 1e-9)
        return QueueResult(windows, traffic, p_wait, service_level, asa_s, traffic / windows if windows else 0.0,
                           positions)

    def needed(self, limit: int = MAX_WINDOWS) -> QueueResult:
        """The fewest windows that serve ``service_level`` of arrivals within ``target_wait_s``."""
        traffic = self.traffic
        if traffic == 0:
            return self.at(0)
        windows = max(1, math.floor(traffic) + 1)
        while windows <= limit:
            result = self.at(windows)
            if result.service_level >= self.service_level:
                return result
            windows += 1
        raise HallPlannerError(message("erlang", "负荷 {traffic:.1f} Erlang 在 {limit} 个窗口以内无法达到目标服务水平")
                               .format(traffic=traffic, limit=limit))
