<?php
class Civi {}
