<?php
// bootstrap constants
