<?php if (!defined("SMF")) die("No direct access...");
