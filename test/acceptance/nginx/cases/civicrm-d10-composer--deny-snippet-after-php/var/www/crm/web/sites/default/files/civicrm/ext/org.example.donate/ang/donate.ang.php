<?php
// Angular module definition (stand-in).
return ["js" => ["ang/donate.js"]];
