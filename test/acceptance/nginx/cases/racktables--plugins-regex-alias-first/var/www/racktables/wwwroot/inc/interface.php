<?php
// RackTables library stub: interface
