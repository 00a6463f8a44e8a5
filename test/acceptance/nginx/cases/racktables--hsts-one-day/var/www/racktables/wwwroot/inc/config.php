<?php
// RackTables library stub: config
