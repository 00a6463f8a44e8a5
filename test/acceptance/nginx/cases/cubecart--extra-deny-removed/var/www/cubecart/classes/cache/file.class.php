<?php
// file cache driver
