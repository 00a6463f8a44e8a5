<?php
/* For licensing terms, see /license.txt */
function api_get_path($type) {}
