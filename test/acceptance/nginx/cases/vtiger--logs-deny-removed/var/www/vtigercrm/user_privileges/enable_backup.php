<?php
$enable_backup='false';
