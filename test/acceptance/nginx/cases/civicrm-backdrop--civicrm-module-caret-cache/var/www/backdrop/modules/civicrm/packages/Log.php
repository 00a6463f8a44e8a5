<?php
// PEAR Log
