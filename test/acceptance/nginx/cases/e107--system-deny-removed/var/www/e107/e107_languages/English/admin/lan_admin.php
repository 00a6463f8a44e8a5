<?php
define('LAN_SAVE', 'Save');
