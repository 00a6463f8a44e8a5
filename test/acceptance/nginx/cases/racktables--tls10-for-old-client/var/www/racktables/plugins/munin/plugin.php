<?php
// munin plugin stub
