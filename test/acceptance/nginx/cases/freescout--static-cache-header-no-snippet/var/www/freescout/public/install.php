<?php
// FreeScout web installer
