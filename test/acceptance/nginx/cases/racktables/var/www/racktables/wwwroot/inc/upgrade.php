<?php
// RackTables library stub: upgrade
