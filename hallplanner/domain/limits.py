"""Field limits of the provincial platform's item records."""

BASIC_CODE_MAX = 12  # 基本编码
IMPLEMENTATION_CODE_MAX = 36  # 实施编码
ONLINE_DEPTH_RANGE = range(1, 5)  # 网办深度 一级 to 四级
