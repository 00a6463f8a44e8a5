<?php
require_once('../thumb.php');
