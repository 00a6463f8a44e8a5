-- Fixed-window counter per client address, kept in the civi_ratelimit shared dict.
local _M = {}

function _M.check(zone, limit, window)
    local dict = ngx.shared.civi_ratelimit
    local key = zone .. ":" .. ngx.var.binary_remote_addr
    local count, err = dict:incr(key, 1, 0, window)
    if not count then
        ngx.log(ngx.ERR, "ratelimit counter failed: ", err)
        return
    end
    if count > limit then
        ngx.header["Retry-After"] = window
        return ngx.exit(429)
    end
end

return _M
