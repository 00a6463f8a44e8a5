<?php return array("session_name" => "flyspray");
