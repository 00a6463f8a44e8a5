<?php
// RackTables library stub: functions
