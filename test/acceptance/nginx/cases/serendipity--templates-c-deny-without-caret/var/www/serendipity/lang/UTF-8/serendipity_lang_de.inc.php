<?php
// German
