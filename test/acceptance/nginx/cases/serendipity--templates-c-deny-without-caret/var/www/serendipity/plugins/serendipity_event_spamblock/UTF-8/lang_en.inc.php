<?php
// plugin strings
