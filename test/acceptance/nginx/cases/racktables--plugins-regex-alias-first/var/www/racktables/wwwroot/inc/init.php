<?php
// RackTables library stub: init
