<?php
// stand-in for SuiteCRM 7.14 campaign_trackerv2.php
