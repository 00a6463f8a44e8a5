<?php
// stand-in for SuiteCRM 7.14 data/SugarBean.php
