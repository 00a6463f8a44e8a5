#!/usr/bin/env php
<?php
