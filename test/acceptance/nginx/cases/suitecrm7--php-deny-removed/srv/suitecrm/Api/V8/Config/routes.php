<?php
// stand-in for SuiteCRM 7.14 Api/V8/Config/routes.php
