<?php
// RackTables library stub: pre-init
