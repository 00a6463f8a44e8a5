<?php
$sugar_config["site_url"] = "https://crm.example.com/legacy";
