<?php
$audit_trail='false';
