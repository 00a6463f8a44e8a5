<?php
// English
