<?php
header('Content-Type: application/javascript');
