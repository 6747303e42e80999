"""Erlang C against published figures and the published formula evaluated exactly.

Where each vector comes from:

- pyworkforce (rodrigo-arenas/pyworkforce, ``pyworkforce/queuing/tests/test_erlang.py``,
  ``test_expected_erlangc_results``): 100 transactions in 30 minutes, 3 minutes handling, a
  target of 0.33 minutes, 80 % service level, 30 % shrinkage: 14 raw positions, 20 positions,
  service level 0.888, occupancy 0.714, waiting probability 0.174 (published to three decimals).
  The same load is the classic call-centre example (100 calls per half hour, 3 minutes, 20 s, 14 agents).
- Wolfram Language ``ErlangC`` documentation, basic example: ErlangC[3, 2], which is 4/9.
- The Erlang-C walk-through of 360 calls per half hour, 4 minutes each, 55 agents, 15 s target
  (the Mitan "Erlang-C formula" page, reproduced in many tutorials).
- M/M/1 and M/M/2 closed forms from queueing texts: C(1, ρ) = ρ and C(2, 2ρ) = 2ρ² / (1 + ρ).

To four significant digits and beyond, every vector is also checked against the formula those
sources publish, P = (Aᴺ/N!·N/(N−A)) / (Σ_{i<N} Aⁱ/i! + Aᴺ/N!·N/(N−A)) (the form pyworkforce and
the lucidmanager article implement), evaluated here in exact rational arithmetic: Python's
integers hold 800! without overflow, so the large vectors (hundreds of windows) are checked too.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import pytest

from hallplanner.domain.erlang import Load, erlang_c
from hallplanner.domain.errors import HallPlannerError


def published_formula(traffic: Fraction, servers: int) -> Fraction:
    """The textbook Erlang C, term by term, exactly."""
    last = traffic ** servers / math.factorial(servers) * Fraction(servers) / (servers - traffic)
    head = sum(traffic ** i / math.factorial(i) for i in range(servers))
    return last / (head + last)


def significant(value: float, digits: int = 4) -> str:
    return f"{value:.{digits - 1}e}"


def test_pyworkforce_vector():
    result = Load(arrivals=100, period_min=30, aht_min=3, target_wait_s=0.33 * 60, service_level=0.8,
                  shrinkage=0.3).needed()
    assert (result.windows, result.positions) == (14, 20)
    assert round(result.service_level, 3) == 0.888
    assert round(result.occupancy, 3) == 0.714
    assert round(result.p_wait, 3) == 0.174


def test_classic_example_needs_14_windows_and_13_fall_short():
    load = Load(arrivals=100, period_min=30, aht_min=3, target_wait_s=20, service_level=0.8)
    assert load.needed().windows == 14
    assert load.at(13).service_level < 0.8 <= load.at(14).service_level


def test_wolfram_basic_example():
    assert erlang_c(2, 3) == pytest.approx(4 / 9, rel=1e-12)


@pytest.mark.parametrize("rho", [0.1, 0.5, 0.9, 0.99])
def test_closed_forms_for_one_and_two_servers(rho):
    assert erlang_c(rho, 1) == pytest.approx(rho, rel=1e-12)
    assert erlang_c(2 * rho, 2) == pytest.approx(2 * rho ** 2 / (1 + rho), rel=1e-12)


@pytest.mark.parametrize(("arrivals", "period", "aht", "servers"), [
    (100, 30, 3, 14),  # pyworkforce / classic
    (360, 30, 4, 55),  # the 55-agent walk-through
    (30000, 60, 1, 505),  # 500 Erlangs: hundreds of windows
    (2400, 60, 20, 812),  # 800 Erlangs, where the factorial form overflows a float
    (3, 60, 12, 2),  # one service hall window's light load
])
def test_agrees_with_the_published_formula_to_four_significant_digits(arrivals, period, aht, servers):
    exact_traffic = Fraction(arrivals) * Fraction(aht) / Fraction(period)
    exact = published_formula(exact_traffic, servers)
    result = Load(arrivals=arrivals, period_min=period, aht_min=aht, target_wait_s=20, service_level=0.8).at(servers)
    assert significant(result.p_wait) == significant(float(exact))
    spare = float(servers - exact_traffic)
    assert significant(result.asa_s) == significant(float(exact) * aht * 60 / spare)
    assert significant(result.service_level) == significant(1 - float(exact) * math.exp(-spare * 20 / (aht * 60)))


def test_the_large_vector_is_fast_and_gives_hundreds_of_windows():
    result = Load(arrivals=30000, period_min=60, aht_min=1, target_wait_s=20, service_level=0.8,
                  shrinkage=0.3).needed()
    assert result.traffic == 500
    assert 500 < result.windows < 520
    assert result.positions == math.ceil(result.windows / 0.7)
    assert result.service_level >= 0.8 > Load(30000, 60, 1, 20, 0.8).at(result.windows - 1).service_level


def test_no_load_needs_no_window():
    result = Load(arrivals=0, period_min=60, aht_min=5, target_wait_s=60, service_level=0.8).needed()
    assert (result.windows, result.positions, result.p_wait, result.service_level) == (0, 0, 0.0, 1.0)


@pytest.mark.parametrize(("values", "expected"), [
    ({"arrivals": -1}, "到达量不能为负数"),
    ({"period_min": 0}, "统计时段须大于 0 分钟"),
    ({"aht_min": 0}, "平均办理时长须大于 0 分钟"),
    ({"service_level": 1.2}, "服务水平须在 0 与 1 之间"),
    ({"service_level": 0}, "服务水平须在 0 与 1 之间"),
    ({"shrinkage": 1}, "缺勤率须在 0(含)与 1 之间"),
    ({"target_wait_s": float("nan")}, "参数须为有限数值"),
])
def test_bad_values_are_refused_with_a_reason(values, expected):
    arguments = {"arrivals": 100, "period_min": 30, "aht_min": 3, "target_wait_s": 20, "service_level": 0.8,
                 **values}
    with pytest.raises(HallPlannerError, match=re.escape(expected)):
        Load(**arguments)


def test_a_load_beyond_the_limit_is_refused():
    with pytest.raises(HallPlannerError, match="无法达到目标服务水平"):
        Load(arrivals=100_000, period_min=1, aht_min=10, target_wait_s=20, service_level=0.8).needed()
