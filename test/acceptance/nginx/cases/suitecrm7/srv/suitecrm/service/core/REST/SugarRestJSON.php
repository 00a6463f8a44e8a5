<?php
// stand-in for SuiteCRM 7.14 service/core/REST/SugarRestJSON.php
