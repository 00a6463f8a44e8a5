<?php
// RackTables library stub: install
