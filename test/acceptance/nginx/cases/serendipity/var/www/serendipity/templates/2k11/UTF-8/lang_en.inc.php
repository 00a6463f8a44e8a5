<?php
// template strings
