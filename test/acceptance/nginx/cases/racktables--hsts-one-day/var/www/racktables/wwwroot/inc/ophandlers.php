<?php
// RackTables library stub: ophandlers
