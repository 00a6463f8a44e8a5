<?php
// RackTables library stub: ajax-interface
