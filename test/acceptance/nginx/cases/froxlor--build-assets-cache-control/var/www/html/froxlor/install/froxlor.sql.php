<?php
return "CREATE TABLE panel_admins (adminid int(11));";
