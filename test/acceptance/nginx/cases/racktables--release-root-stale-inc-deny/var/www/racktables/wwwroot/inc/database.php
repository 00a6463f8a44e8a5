<?php
// RackTables library stub: database
