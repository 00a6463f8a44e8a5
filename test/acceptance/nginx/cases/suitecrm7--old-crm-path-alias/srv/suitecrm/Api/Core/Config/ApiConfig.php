<?php
// stand-in for SuiteCRM 7.14 Api/Core/Config/ApiConfig.php
