"""The 总览 page: progress, staffing gaps and open findings per department and per region, as charts."""
