<?php
/* test entry script */
