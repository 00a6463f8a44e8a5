<?php
// feeds
