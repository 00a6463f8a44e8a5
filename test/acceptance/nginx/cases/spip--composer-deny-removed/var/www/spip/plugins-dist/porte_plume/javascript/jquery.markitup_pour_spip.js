// markitup
