(()=>{"use strict";console.log("shop")})();
