<?php
// template engine
