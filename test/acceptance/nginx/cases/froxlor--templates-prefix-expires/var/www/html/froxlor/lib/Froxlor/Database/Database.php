<?php
namespace Froxlor\Database;
class Database {}
