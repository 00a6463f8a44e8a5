<?php
// RackTables library stub: auth
