<?php
if (!defined('e107_INIT')) { exit; }
