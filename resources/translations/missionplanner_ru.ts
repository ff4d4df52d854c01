<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>No items on this day – press Ctrl+I to add one</source>
            <translation>В этот день пунктов нет – нажмите Ctrl+I, чтобы добавить</translation>
        </message>
        <message numerus="yes">
            <source>{heading}   ·   %n item(s)</source>
            <translation>
                <numerusform>{heading}   ·   %n пункт</numerusform>
                <numerusform>{heading}   ·   %n пункта</numerusform>
                <numerusform>{heading}   ·   %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <source>Whole delegation</source>
            <translation>Вся делегация</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Пока никого</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Mission Planner cannot start</source>
            <translation>Mission Planner не может запуститься</translation>
        </message>
        <message>
            <source>The daily backup could not be made: {reason}</source>
            <translation>Не удалось сделать ежедневную резервную копию: {reason}</translation>
        </message>
        <message>
            <source>Something went wrong and the last action may not have finished:

{reason}

Your saved data is safe: every change is saved whole or not at all.</source>
            <translation>Что-то пошло не так, и последнее действие могло не завершиться:

{reason}

Сохранённые данные в безопасности: каждое изменение сохраняется целиком или не сохраняется вовсе.</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <source>The change was not saved</source>
            <translation>Изменение не сохранено</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>{route}, ref. {reference}</source>
            <translation>{route}, № {reference}</translation>
        </message>
        <message>
            <source>Hosts: {names}</source>
            <translation>Принимающая сторона: {names}</translation>
        </message>
        <message>
            <source>Contact: {person}</source>
            <translation>Контактное лицо: {person}</translation>
        </message>
        <message>
            <source>Attending: {names}</source>
            <translation>Участвуют: {names}</translation>
        </message>
        <message>
            <source>Attending: nobody yet</source>
            <translation>Участвуют: пока никто</translation>
        </message>
        <message>
            <source>Mission: {title}</source>
            <translation>Миссия: {title}</translation>
        </message>
        <message>
            <source>Cannot write a calendar to '{name}': use a {choices} file.</source>
            <translation>Не удаётся сохранить календарь в «{name}»: выберите файл {choices}.</translation>
        </message>
    </context>
    <context>
        <name>CheckedMissionsDialog</name>
        <message>
            <source>Checks of the missions</source>
            <translation>Проверка миссий</translation>
        </message>
        <message>
            <source>Checked {count} missions: {errors} with errors, {warnings} with warnings only. Double-click a mission to see its itinerary.</source>
            <translation>Проверено миссий: {count}; с ошибками: {errors}, только с предупреждениями: {warnings}. Дважды щёлкните миссию, чтобы открыть её программу.</translation>
        </message>
        <message>
            <source>Checked {count} missions: nothing needs attention.</source>
            <translation>Проверено миссий: {count}; замечаний нет.</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Предупреждения</translation>
        </message>
        <message>
            <source>First to fix</source>
            <translation>Исправить в первую очередь</translation>
        </message>
        <message>
            <source>Open mission</source>
            <translation>Открыть миссию</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <source>'{title}'</source>
            <translation>«{title}»</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>{weekday} {date}</source>
            <translation>{weekday}, {date}</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} ч</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} мин</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} и {last}</translation>
        </message>
        <message>
            <source>an unnamed participant</source>
            <translation>участник без имени</translation>
        </message>
        <message>
            <source>an unnamed contact</source>
            <translation>контакт без имени</translation>
        </message>
        <message>
            <source>an unnamed organization</source>
            <translation>организация без названия</translation>
        </message>
        <message>
            <source>{title} ends ({end}) before it starts ({start}); set an end time after the start time.</source>
            <translation>{title}: окончание ({end}) раньше начала ({start}); укажите время окончания позже времени начала.</translation>
        </message>
        <message>
            <source>{title} ends ({end} {end_zone}) before it starts ({start} {start_zone}); set an end time after the start time.</source>
            <translation>{title}: окончание ({end} {end_zone}) раньше начала ({start} {start_zone}); укажите время окончания позже времени начала.</translation>
        </message>
        <message>
            <source>{title} ({time}) falls outside the mission's dates ({first_day} – {last_day} {year}).</source>
            <translation>{title} ({time}) выходит за сроки миссии ({first_day} – {last_day} {year} г.).</translation>
        </message>
        <message>
            <source>The delegation is booked for {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>Делегация занята одновременно: {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>The whole delegation is booked for {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>Вся делегация занята одновременно: {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{person} is booked for {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{person}: одновременно запланированы {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{people} are booked for {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{people} заняты одновременно: {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>The delegation is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.</source>
            <translation>Делегация занята одновременно: переезд {leg} ({leg_time}) и {other} ({other_time}).</translation>
        </message>
        <message>
            <source>The whole delegation is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.</source>
            <translation>Вся делегация занята одновременно: переезд {leg} ({leg_time}) и {other} ({other_time}).</translation>
        </message>
        <message>
            <source>{person} is booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.</source>
            <translation>{person}: одновременно запланированы переезд {leg} ({leg_time}) и {other} ({other_time}).</translation>
        </message>
        <message>
            <source>{people} are booked on the travel leg {leg} ({leg_time}) and for {other} ({other_time}) at the same time.</source>
            <translation>{people} заняты одновременно: переезд {leg} ({leg_time}) и {other} ({other_time}).</translation>
        </message>
        <message>
            <source>The delegation is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>Делегация занята одновременно: переезды {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>The whole delegation is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>Вся делегация занята одновременно: переезды {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{person} is booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{person}: одновременно запланированы переезды {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{people} are booked on the travel legs {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{people} заняты одновременно: переезды {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{contact} hosts {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{contact} одновременно проводит {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{contacts} host {first} ({first_time}) and {second} ({second_time}) at the same time.</source>
            <translation>{contacts} одновременно проводят {first} ({first_time}) и {second} ({second_time}).</translation>
        </message>
        <message>
            <source>{organization} hosts {first} at {first_venue} ({first_time}) and {second} at {second_venue} ({second_time}) at the same time.</source>
            <translation>{organization} одновременно проводит {first} ({first_venue}, {first_time}) и {second} ({second_venue}, {second_time}) в разных местах.</translation>
        </message>
        <message>
            <source>{organizations} host {first} at {first_venue} ({first_time}) and {second} at {second_venue} ({second_time}) at the same time.</source>
            <translation>{organizations} одновременно проводят {first} ({first_venue}, {first_time}) и {second} ({second_venue}, {second_time}) в разных местах.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}).</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}).</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}); about {needed} needed.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}); about {needed} needed, {short} short.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}).</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}).</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}).</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}).</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); about {needed} needed.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); about {needed} needed, {short} short.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}).</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}).</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.</source>
            <translation>Нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}).</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}).</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}); about {needed} needed.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and {second} (starts {second_time}); about {needed} needed, {short} short.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}).</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}).</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}).</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}).</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); about {needed} needed.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); about {needed} needed, {short} short.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}).</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}).</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}.</translation>
        </message>
        <message>
            <source>No travel for {people} from {origin} to {destination} between the travel leg {first} (arrives {first_time}) and the travel leg {second} (departs {second_time}); about {needed} needed, {short} short.</source>
            <translation>{people}: нет переезда по маршруту {origin} – {destination} между переездом {first} (прибытие {first_time}) и переездом {second} (отправление {second_time}); на дорогу нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}); allow about {needed} to get to the departure point and check in, {short} short.</source>
            <translation>Всего {gap} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); чтобы добраться до места отправления и пройти регистрацию, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) in {city}; allow about {needed} to get to the departure point and check in, {short} short.</source>
            <translation>Всего {gap} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}) в г. {city}; чтобы добраться до места отправления и пройти регистрацию, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) for {people}; allow about {needed} to get to the departure point and check in, {short} short.</source>
            <translation>{people}: всего {gap} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}); чтобы добраться до места отправления и пройти регистрацию, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} (ends {first_time}) and the travel leg {second} (departs {second_time}) in {city} for {people}; allow about {needed} to get to the departure point and check in, {short} short.</source>
            <translation>{people}: всего {gap} между {first} (окончание {first_time}) и переездом {second} (отправление {second_time}) в г. {city}; чтобы добраться до места отправления и пройти регистрацию, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}); allow about {needed} to leave the arrival point, {short} short.</source>
            <translation>Всего {gap} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); чтобы покинуть место прибытия, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) in {city}; allow about {needed} to leave the arrival point, {short} short.</source>
            <translation>Всего {gap} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}) в г. {city}; чтобы покинуть место прибытия, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) for {people}; allow about {needed} to leave the arrival point, {short} short.</source>
            <translation>{people}: всего {gap} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}); чтобы покинуть место прибытия, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between the travel leg {first} (arrives {first_time}) and {second} (starts {second_time}) in {city} for {people}; allow about {needed} to leave the arrival point, {short} short.</source>
            <translation>{people}: всего {gap} между переездом {first} (прибытие {first_time}) и {second} (начало {second_time}) в г. {city}; чтобы покинуть место прибытия, нужно около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} (starts {second_time}); moving between venues takes about {needed}, {short} short.</source>
            <translation>Всего {gap} между {first} ({first_venue}, окончание {first_time}) и {second} ({second_venue}, начало {second_time}); дорога между местами проведения занимает около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} (starts {second_time}) in {city}; moving between venues takes about {needed}, {short} short.</source>
            <translation>Всего {gap} между {first} ({first_venue}, окончание {first_time}) и {second} ({second_venue}, начало {second_time}) в г. {city}; дорога между местами проведения занимает около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} (starts {second_time}) for {people}; moving between venues takes about {needed}, {short} short.</source>
            <translation>{people}: всего {gap} между {first} ({first_venue}, окончание {first_time}) и {second} ({second_venue}, начало {second_time}); дорога между местами проведения занимает около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>Only {gap} between {first} at {first_venue} (ends {first_time}) and {second} at {second_venue} (starts {second_time}) in {city} for {people}; moving between venues takes about {needed}, {short} short.</source>
            <translation>{people}: всего {gap} между {first} ({first_venue}, окончание {first_time}) и {second} ({second_venue}, начало {second_time}) в г. {city}; дорога между местами проведения занимает около {needed}, не хватает {short}.</translation>
        </message>
        <message>
            <source>{day} is a public holiday ({holiday}); 1 item is planned on it: {items}.</source>
            <translation>{day} — праздничный день ({holiday}); на этот день запланирован 1 пункт: {items}.</translation>
        </message>
        <message>
            <source>{day} is a weekend day; 1 item is planned on it: {items}.</source>
            <translation>{day} — выходной день; на этот день запланирован 1 пункт: {items}.</translation>
        </message>
        <message numerus="yes">
            <source>{day} is a public holiday ({holiday}); %n items are planned on it: {items}.</source>
            <translation>
                <numerusform>{day} — праздничный день ({holiday}); на этот день запланирован %n пункт: {items}.</numerusform>
                <numerusform>{day} — праздничный день ({holiday}); на этот день запланировано %n пункта: {items}.</numerusform>
                <numerusform>{day} — праздничный день ({holiday}); на этот день запланировано %n пунктов: {items}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day} is a weekend day; %n items are planned on it: {items}.</source>
            <translation>
                <numerusform>{day} — выходной день; на этот день запланирован %n пункт: {items}.</numerusform>
                <numerusform>{day} — выходной день; на этот день запланировано %n пункта: {items}.</numerusform>
                <numerusform>{day} — выходной день; на этот день запланировано %n пунктов: {items}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}: {duration} from {start} to {end} (%n item(s)).</source>
            <translation>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пункт).</numerusform>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пункта).</numerusform>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пунктов).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{day}: {duration} from {start} to {end} (%n item(s)), times in {zone}.</source>
            <translation>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пункт); время по часовому поясу {zone}.</numerusform>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пункта); время по часовому поясу {zone}.</numerusform>
                <numerusform>{day}: программа длится {duration}, с {start} до {end} (%n пунктов); время по часовому поясу {zone}.</numerusform>
            </translation>
        </message>
        <message>
            <source>a participant</source>
            <translation>участник</translation>
        </message>
        <message>
            <source>This mission could not be checked ({error}); open it and correct its dates and times.</source>
            <translation>Эту миссию не удалось проверить ({error}); откройте её и исправьте даты и время.</translation>
        </message>
        <message>
            <source>Checking the missions…</source>
            <translation>Проверка миссий…</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>ещё %n пункт</numerusform>
                <numerusform>ещё %n пункта</numerusform>
                <numerusform>ещё %n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n others</source>
            <translation>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
                <numerusform>ещё %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChosenList</name>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Создать…</translation>
        </message>
        <message>
            <source>Create a new record in the directory and add it here</source>
            <translation>Создать запись в справочнике и добавить её сюда</translation>
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>Name is required; enter the city's name.</source>
            <translation>Укажите название города.</translation>
        </message>
        <message>
            <source>{value} is not a number; enter the latitude (north positive, south negative) in decimal degrees.</source>
            <translation>{value} — не число; введите широту в десятичных градусах (северная — положительная, южная — отрицательная).</translation>
        </message>
        <message>
            <source>{value} is outside -90..90; enter the latitude (north positive, south negative) in decimal degrees.</source>
            <translation>Значение {value} вне диапазона -90..90; введите широту в десятичных градусах (северная — положительная, южная — отрицательная).</translation>
        </message>
        <message>
            <source>{value} is not a number; enter the longitude (east positive, west negative) in decimal degrees.</source>
            <translation>{value} — не число; введите долготу в десятичных градусах (восточная — положительная, западная — отрицательная).</translation>
        </message>
        <message>
            <source>{value} is outside -180..180; enter the longitude (east positive, west negative) in decimal degrees.</source>
            <translation>Значение {value} вне диапазона -180..180; введите долготу в десятичных градусах (восточная — положительная, западная — отрицательная).</translation>
        </message>
        <message>
            <source>The longitude is missing; enter both coordinates or neither.</source>
            <translation>Не указана долгота; укажите обе координаты или ни одной.</translation>
        </message>
        <message>
            <source>The latitude is missing; enter both coordinates or neither.</source>
            <translation>Не указана широта; укажите обе координаты или ни одной.</translation>
        </message>
        <message>
            <source>A local name is longer than {limit} characters; shorten it.</source>
            <translation>Местное название длиннее {limit} символов; сократите его.</translation>
        </message>
    </context>
    <context>
        <name>CityDialog</name>
        <message>
            <source>unknown</source>
            <translation>не указана</translation>
        </message>
        <message>
            <source>Add a city</source>
            <translation>Добавление города</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Local names</source>
            <translation>&amp;Местные названия</translation>
        </message>
        <message>
            <source>Other spellings, comma-separated (e.g. Аркадаг)</source>
            <translation>Другие написания через запятую (например, Аркадаг)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Страна</translation>
        </message>
        <message>
            <source>La&amp;titude</source>
            <translation>&amp;Широта</translation>
        </message>
        <message>
            <source>L&amp;ongitude</source>
            <translation>&amp;Долгота</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>Часовой &amp;пояс</translation>
        </message>
    </context>
    <context>
        <name>CityField</name>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
    </context>
    <context>
        <name>CloneDialog</name>
        <message>
            <source>New mission from a template</source>
            <translation>Новая миссия на основе шаблона</translation>
        </message>
        <message>
            <source>New mission from…</source>
            <translation>Новая миссия на основе…</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Источник</translation>
        </message>
        <message>
            <source>Template · {date} · {title}</source>
            <translation>Шаблон · {date} · {title}</translation>
        </message>
        <message>
            <source>New &amp;start</source>
            <translation>Новая дата &amp;начала</translation>
        </message>
        <message>
            <source>New &amp;title</source>
            <translation>Новое на&amp;звание</translation>
        </message>
        <message>
            <source>Carry over</source>
            <translation>Что перенести</translation>
        </message>
        <message>
            <source>Itinerary (meetings, visits, events)</source>
            <translation>Программа (встречи, посещения, мероприятия)</translation>
        </message>
        <message>
            <source>Hosts and host contacts</source>
            <translation>Принимающие организации и их контакты</translation>
        </message>
        <message>
            <source>Travel legs (flight and train numbers are cleared)</source>
            <translation>Переезды (номера рейсов и поездов не переносятся)</translation>
        </message>
        <message>
            <source>Objectives and notes</source>
            <translation>Цели и примечания</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Делегация</translation>
        </message>
        <message>
            <source>Open follow-ups, as proposed agenda items</source>
            <translation>Открытые задачи — как предлагаемые пункты программы</translation>
        </message>
        <message>
            <source>Keep weekdays aligned (the first Monday stays a Monday)</source>
            <translation>Сохранить дни недели (первый понедельник останется понедельником)</translation>
        </message>
        <message>
            <source>Outcomes are never copied. Statuses start again: the mission as a draft, items as proposed.</source>
            <translation>Результаты не копируются. Статусы сбрасываются: миссия становится черновиком, пункты программы — предложенными.</translation>
        </message>
        <message>
            <source>There is no mission to start from yet.</source>
            <translation>Пока нет миссии, на основе которой можно создать новую.</translation>
        </message>
        <message>
            <source>Day 1 will be {first} (was {previous}); the mission ends {last}.</source>
            <translation>День 1: {first} (было: {previous}); последний день миссии: {last}</translation>
        </message>
    </context>
    <context>
        <name>Cloning</name>
        <message>
            <source>{date} moves the mission's dates outside the years {first}–{last}; choose another start date.</source>
            <translation>При дате начала {date} даты миссии выходят за пределы {first}–{last} гг.; выберите другую дату начала.</translation>
        </message>
        <message>
            <source>the mission's dates ({start} to {end}) lie outside the years {first}–{last}; correct them in the mission first.</source>
            <translation>даты миссии ({start} – {end}) выходят за пределы {first}–{last} годов; сначала исправьте их в миссии.</translation>
        </message>
        <message>
            <source>The new start date is required; choose the day the mission starts.</source>
            <translation>Укажите дату начала новой миссии.</translation>
        </message>
        <message>
            <source>Title is required; enter a title for the new mission.</source>
            <translation>Укажите название новой миссии.</translation>
        </message>
        <message>
            <source>Follow-up: {action}</source>
            <translation>Задача: {action}</translation>
        </message>
        <message>
            <source>Carried over from the outcome '{outcome}' of '{mission}', agreed in {when}.</source>
            <translation>Перенесено из результата «{outcome}», достигнутого в ходе миссии «{mission}» ({when}).</translation>
        </message>
        <message>
            <source>Carried over from the follow-ups of '{mission}' ({when}).</source>
            <translation>Перенесено из задач миссии «{mission}» ({when}).</translation>
        </message>
        <message>
            <source>Owner: {owner}; due {due}.</source>
            <translation>Ответственный: {owner}; срок: {due}.</translation>
        </message>
        <message>
            <source>Owner: {owner}.</source>
            <translation>Ответственный: {owner}.</translation>
        </message>
        <message>
            <source>Due {due}.</source>
            <translation>Срок: {due}.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>No mission with id '{id}'; give at least {count} characters of the id.</source>
            <translation>Нет миссии с идентификатором «{id}»; укажите не менее {count} символов идентификатора.</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ОШИБКА</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>ПРЕДУПР.</translation>
        </message>
        <message>
            <source>INFO</source>
            <translation>ПРИМЕЧ.</translation>
        </message>
        <message>
            <source>No missions yet. Import one with: missionplanner import FILE.json</source>
            <translation>Миссий пока нет. Импортируйте миссию: missionplanner import FILE.json</translation>
        </message>
        <message>
            <source> [template]</source>
            <translation> [шаблон]</translation>
        </message>
        <message>
            <source>Exported '{title}' to {path}</source>
            <translation>Миссия «{title}» экспортирована в {path}</translation>
        </message>
        <message>
            <source>'{role}' is not a delegation role; use one such as member or head_of_delegation</source>
            <translation>«{role}» — не роль в делегации; укажите, например, member или head_of_delegation</translation>
        </message>
        <message>
            <source>Row {row}: matched {entity} '{name}' with '{existing}' ({score}%)</source>
            <translation>Строка {row}: {entity} «{name}» сопоставлено с «{existing}» ({score}%)</translation>
        </message>
        <message>
            <source>Row {row}: skipped: {reason}</source>
            <translation>Строка {row}: пропущена: {reason}</translation>
        </message>
        <message>
            <source>Row {row}: '{name}' is already in the delegation</source>
            <translation>Строка {row}: «{name}» уже в составе делегации</translation>
        </message>
        <message>
            <source>Dry run, nothing was changed: would have created {created_contacts} contact(s), {created_organizations} organization(s), {created_members} delegation member(s); matched {matched_contacts} contact(s), {matched_organizations} organization(s); skipped {skipped} row(s).</source>
            <translation>Пробный запуск, ничего не изменено. Было бы создано: контактов — {created_contacts}, организаций — {created_organizations}, членов делегации — {created_members}; сопоставлено: контактов — {matched_contacts}, организаций — {matched_organizations}; пропущено строк — {skipped}.</translation>
        </message>
        <message>
            <source>Created {created_contacts} contact(s), {created_organizations} organization(s), {created_members} delegation member(s); matched {matched_contacts} contact(s), {matched_organizations} organization(s); skipped {skipped} row(s).</source>
            <translation>Создано: контактов — {created_contacts}, организаций — {created_organizations}, членов делегации — {created_members}; сопоставлено: контактов — {matched_contacts}, организаций — {matched_organizations}; пропущено строк — {skipped}.</translation>
        </message>
        <message>
            <source>Backup written to {path}</source>
            <translation>Резервная копия записана в {path}</translation>
        </message>
        <message>
            <source>The previous content was backed up to {path}</source>
            <translation>Прежнее содержимое сохранено в {path}</translation>
        </message>
        <message>
            <source>Restored {database} from {backup} ({missions} missions).</source>
            <translation>База {database} восстановлена из {backup} (миссий: {missions}).</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found by doctor:</source>
            <translation>
                <numerusform>Проверка нашла %n проблему:</numerusform>
                <numerusform>Проверка нашла %n проблемы:</numerusform>
                <numerusform>Проверка нашла %n проблем:</numerusform>
            </translation>
        </message>
        <message>
            <source>Integrity check: ok. Foreign keys: ok. Search index: ok.</source>
            <translation>Целостность: в порядке. Внешние ключи: в порядке. Поисковый индекс: в порядке.</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <source>Records: {counts}</source>
            <translation>Записи: {counts}</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) found:</source>
            <translation>
                <numerusform>Найдена %n проблема:</numerusform>
                <numerusform>Найдено %n проблемы:</numerusform>
                <numerusform>Найдено %n проблем:</numerusform>
            </translation>
        </message>
        <message>
            <source>doctor --repair cannot fix these: restore the database from a backup (see the backups folder beside it).</source>
            <translation>doctor --repair этого не исправит: восстановите базу из резервной копии (папка с копиями лежит рядом с ней).</translation>
        </message>
        <message>
            <source>Restore the database from a backup (see the backups folder beside it), or run doctor --repair.</source>
            <translation>Восстановите базу из резервной копии (папка с копиями лежит рядом с ней) или выполните doctor --repair.</translation>
        </message>
        <message>
            <source>Reference cities: ok.</source>
            <translation>Справочник городов: в порядке.</translation>
        </message>
        <message numerus="yes">
            <source>%n mission(s)</source>
            <translation>
                <numerusform>%n миссия</numerusform>
                <numerusform>%n миссии</numerusform>
                <numerusform>%n миссий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n организация</numerusform>
                <numerusform>%n организации</numerusform>
                <numerusform>%n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
                <numerusform>%n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary item(s)</source>
            <translation>
                <numerusform>%n пункт программы</numerusform>
                <numerusform>%n пункта программы</numerusform>
                <numerusform>%n пунктов программы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
                <numerusform>%n задач</numerusform>
            </translation>
        </message>
        <message>
            <source>give a mission id or --all/--upcoming, not both</source>
            <translation>укажите либо идентификатор миссии, либо --all/--upcoming, но не то и другое вместе</translation>
        </message>
        <message>
            <source>give the mission to check (MISSION_ID), or --all or --upcoming</source>
            <translation>укажите миссию для проверки (MISSION_ID) либо --all или --upcoming</translation>
        </message>
        <message>
            <source>No conflicts found.</source>
            <translation>Конфликтов не найдено.</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s), {notes} note(s).</source>
            <translation>Ошибок: {errors}, предупреждений: {warnings}, примечаний: {notes}.</translation>
        </message>
        <message>
            <source>Checked {count} missions: {errors} with errors, {warnings} with warnings only.</source>
            <translation>Проверено миссий: {count}; с ошибками: {errors}, только с предупреждениями: {warnings}.</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s)</source>
            <translation>ошибок: {errors}, предупреждений: {warnings}</translation>
        </message>
        <message>
            <source>Created '{title}' ({start} … {end}).</source>
            <translation>Создана миссия «{title}» ({start} … {end}).</translation>
        </message>
        <message>
            <source>No overdue follow-ups (as of {date}).</source>
            <translation>Просроченных задач нет (на {date}).</translation>
        </message>
        <message>
            <source>No open follow-ups (as of {date}).</source>
            <translation>Открытых задач нет (на {date}).</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>без срока</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ПРОСРОЧ.</translation>
        </message>
        <message>
            <source>{count} follow-up(s), {overdue} overdue (as of {date}).</source>
            <translation>Задач: {count}, из них просрочено: {overdue} (на {date}).</translation>
        </message>
        <message>
            <source>No outcomes recorded yet.</source>
            <translation>Результатов пока нет.</translation>
        </message>
        <message>
            <source>counterparts: {names}</source>
            <translation>партнёры: {names}</translation>
        </message>
        <message>
            <source>no counterparts</source>
            <translation>без партнёров</translation>
        </message>
        <message>
            <source>{count} outcome(s).</source>
            <translation>Результатов: {count}.</translation>
        </message>
        <message>
            <source>argument {argument}: {message}</source>
            <translation>аргумент {argument}: {message}</translation>
        </message>
        <message>
            <source>invalid choice: {value} (choose from {choices})</source>
            <translation>недопустимое значение {value} (допустимые: {choices})</translation>
        </message>
        <message>
            <source>the following arguments are required: {arguments}</source>
            <translation>не указаны обязательные аргументы: {arguments}</translation>
        </message>
        <message>
            <source>one of the arguments {arguments} is required</source>
            <translation>нужен один из аргументов {arguments}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>неизвестные аргументы: {arguments}</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>нужно одно значение</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>допускается не более одного значения</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>нужно хотя бы одно значение</translation>
        </message>
        <message>
            <source>not allowed with argument {argument}</source>
            <translation>нельзя указывать вместе с {argument}</translation>
        </message>
        <message>
            <source>ignored explicit argument {value}</source>
            <translation>значение {value} недопустимо: этот параметр не принимает значений</translation>
        </message>
        <message>
            <source>ambiguous option: {option} could match {matches}</source>
            <translation>неоднозначный параметр {option}: подходят {matches}</translation>
        </message>
        <message>
            <source>invalid {type} value: {value}</source>
            <translation>недопустимое значение {value} (ожидается {type})</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>{message} (see missionplanner --help)</source>
            <translation>{message} (см. missionplanner --help)</translation>
        </message>
        <message>
            <source>Plan business and trade delegation missions. With no command, opens the desktop app.</source>
            <translation>Планирование деловых и торговых миссий делегаций. Без команды открывает настольное приложение.</translation>
        </message>
        <message>
            <source>database file (default: ${variable} or missions.db in your user data folder)</source>
            <translation>файл базы данных (по умолчанию: ${variable} или missions.db в папке данных пользователя)</translation>
        </message>
        <message>
            <source>seed the sample missions into a database that is new</source>
            <translation>добавить примеры миссий в новую базу данных</translation>
        </message>
        <message>
            <source>open the desktop app and exit as soon as its window is painted (for measuring start-up)</source>
            <translation>открыть настольное приложение и выйти, как только окно будет отрисовано (для замера запуска)</translation>
        </message>
        <message>
            <source>language of reports, exports and messages (default: the desktop app's choice, else the system's)</source>
            <translation>язык отчётов, выгрузок и сообщений (по умолчанию: выбранный в настольном приложении, иначе системный)</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>показать версию и выйти</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>команды</translation>
        </message>
        <message>
            <source>list missions (id, dates, status, title)</source>
            <translation>список миссий (id, даты, статус, название)</translation>
        </message>
        <message>
            <source>print JSON instead of a table</source>
            <translation>вывести JSON вместо таблицы</translation>
        </message>
        <message>
            <source>write a mission to a JSON mission file</source>
            <translation>записать миссию в файл миссии JSON</translation>
        </message>
        <message>
            <source>mission id (or its first characters)</source>
            <translation>id миссии (или его первые символы)</translation>
        </message>
        <message>
            <source>import a JSON mission file; prints the mission id</source>
            <translation>импортировать файл миссии JSON; выводит id миссии</translation>
        </message>
        <message>
            <source>give every imported record a fresh id</source>
            <translation>дать каждой импортированной записи новый id</translation>
        </message>
        <message>
            <source>import a people or organizations list (CSV or .xlsx) into the directory</source>
            <translation>импортировать список людей или организаций (CSV или .xlsx) в справочник</translation>
        </message>
        <message>
            <source>a .csv or .xlsx file with a header row</source>
            <translation>файл .csv или .xlsx со строкой заголовков</translation>
        </message>
        <message>
            <source>(default: people)</source>
            <translation>(по умолчанию: people)</translation>
        </message>
        <message>
            <source>also add the people to this mission's delegation</source>
            <translation>также добавить людей в делегацию этой миссии</translation>
        </message>
        <message>
            <source>delegation role for people whose row names none (default: member)</source>
            <translation>роль в делегации для людей, у которых в строке роль не указана (по умолчанию: member)</translation>
        </message>
        <message>
            <source>text encoding of a CSV file (default: detected)</source>
            <translation>кодировка текста файла CSV (по умолчанию: определяется)</translation>
        </message>
        <message>
            <source>CSV column delimiter, or 'tab' (default: detected)</source>
            <translation>разделитель столбцов CSV или 'tab' (по умолчанию: определяется)</translation>
        </message>
        <message>
            <source>the sheet of an .xlsx file to read (default: the first)</source>
            <translation>лист файла .xlsx, который читать (по умолчанию: первый)</translation>
        </message>
        <message>
            <source>check and report, but change nothing</source>
            <translation>проверить и сообщить, ничего не меняя</translation>
        </message>
        <message>
            <source>print the counts and lists as JSON</source>
            <translation>вывести числа и списки в JSON</translation>
        </message>
        <message>
            <source>back up the database now</source>
            <translation>сделать резервную копию базы данных сейчас</translation>
        </message>
        <message>
            <source>where to write it (default: the backups folder)</source>
            <translation>куда её записать (по умолчанию: в папку резервных копий)</translation>
        </message>
        <message>
            <source>replace the database's content with a backup (the current content is backed up first)</source>
            <translation>заменить содержимое базы данных резервной копией (текущее содержимое сначала копируется)</translation>
        </message>
        <message>
            <source>check a mission's plan, or many missions, for conflicts (exit 1 when there are errors)</source>
            <translation>проверить план миссии или нескольких миссий на конфликты (код выхода 1 при ошибках)</translation>
        </message>
        <message>
            <source>check every mission (not templates or cancelled ones)</source>
            <translation>проверить все миссии (кроме шаблонов и отменённых)</translation>
        </message>
        <message>
            <source>check the missions that have not ended yet</source>
            <translation>проверить ещё не завершившиеся миссии</translation>
        </message>
        <message>
            <source>print the findings as JSON</source>
            <translation>вывести замечания в JSON</translation>
        </message>
        <message>
            <source>make a new mission from a past one or a template; prints its id</source>
            <translation>создать новую миссию из прошлой или из шаблона; выводит её id</translation>
        </message>
        <message>
            <source>source mission id (or its first characters)</source>
            <translation>id исходной миссии (или его первые символы)</translation>
        </message>
        <message>
            <source>the new start date</source>
            <translation>новая дата начала</translation>
        </message>
        <message>
            <source>the new title (default: the source's, with its year updated)</source>
            <translation>новое название (по умолчанию: название исходной миссии с обновлённым годом)</translation>
        </message>
        <message>
            <source>carry over the delegation</source>
            <translation>перенести делегацию</translation>
        </message>
        <message>
            <source>turn open follow-ups into proposed items</source>
            <translation>превратить открытые задачи в предлагаемые пункты программы</translation>
        </message>
        <message>
            <source>keep weekdays (start on or after --start)</source>
            <translation>сохранить дни недели (начало в --start или позже)</translation>
        </message>
        <message>
            <source>list follow-ups not done, overdue first, then by due date</source>
            <translation>список невыполненных задач: сначала просроченные, затем по сроку</translation>
        </message>
        <message>
            <source>only this mission's (id or its first characters)</source>
            <translation>только этой миссии (id или его первые символы)</translation>
        </message>
        <message>
            <source>only those whose owner contains TEXT (any case)</source>
            <translation>только те, чей ответственный содержит TEXT (без учёта регистра)</translation>
        </message>
        <message>
            <source>only those past due today</source>
            <translation>только просроченные на сегодня</translation>
        </message>
        <message>
            <source>print JSON instead of a list</source>
            <translation>вывести JSON вместо списка</translation>
        </message>
        <message>
            <source>list outcomes: kind, status, counterparts, amount</source>
            <translation>список результатов: вид, статус, партнёры, сумма</translation>
        </message>
        <message>
            <source>print JSON (amounts as exact decimal strings)</source>
            <translation>вывести JSON (суммы — точными десятичными строками)</translation>
        </message>
        <message>
            <source>write a report of a mission as PDF or HTML (by the file's extension)</source>
            <translation>записать отчёт о миссии в PDF или HTML (по расширению файла)</translation>
        </message>
        <message>
            <source>which report (personal: one participant's itinerary, needs --participant)</source>
            <translation>какой отчёт (personal: программа одного участника, нужен --participant)</translation>
        </message>
        <message>
            <source>participant id (or its first characters) for personal</source>
            <translation>id участника (или его первые символы) для personal</translation>
        </message>
        <message>
            <source>paper size (default: A4)</source>
            <translation>формат бумаги (по умолчанию: A4)</translation>
        </message>
        <message>
            <source>write a mission's itinerary as an iCalendar file</source>
            <translation>записать программу миссии в файл iCalendar</translation>
        </message>
        <message>
            <source>only this participant's items (id or its first characters)</source>
            <translation>только пункты этого участника (id или его первые символы)</translation>
        </message>
        <message>
            <source>write a mission's itinerary or outcomes as a spreadsheet</source>
            <translation>записать программу или результаты миссии в электронную таблицу</translation>
        </message>
        <message>
            <source>what to export</source>
            <translation>что выгрузить</translation>
        </message>
        <message>
            <source>check the database's integrity and print a report</source>
            <translation>проверить целостность базы данных и вывести отчёт</translation>
        </message>
        <message>
            <source>rebuild the search index if it is out of date</source>
            <translation>перестроить поисковый индекс, если он устарел</translation>
        </message>
        <message>
            <source>'{text}' is not a date; use the form YYYY-MM-DD</source>
            <translation>«{text}» — не дата; укажите дату в формате YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the file name is empty; give a file name</source>
            <translation>пустое имя файла; укажите имя файла</translation>
        </message>
        <message>
            <source>unexpected error ({error}); nothing further was changed. Please report this with the command you ran.</source>
            <translation>непредвиденная ошибка ({error}); больше ничего не изменено. Сообщите о ней, указав выполненную команду.</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>прервано</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Undone: {action}</source>
            <translation>Отменено: {action}</translation>
        </message>
        <message>
            <source>Cannot redo {action}</source>
            <translation>Не удаётся повторить: {action}</translation>
        </message>
        <message>
            <source>Cannot undo {action}</source>
            <translation>Не удаётся отменить: {action}</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>Изменение контакта</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Новый контакт</translation>
        </message>
        <message>
            <source>&amp;Full name</source>
            <translation>&amp;ФИО</translation>
        </message>
        <message>
            <source>&amp;Organization</source>
            <translation>&amp;Организация</translation>
        </message>
        <message>
            <source>&amp;Position</source>
            <translation>&amp;Должность</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Эл. почта</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>&amp;Телефон</translation>
        </message>
        <message>
            <source>&amp;Languages</source>
            <translation>&amp;Языки</translation>
        </message>
        <message>
            <source>e.g. Russian, English, Turkmen</source>
            <translation>например: русский, английский, туркменский</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Примечания</translation>
        </message>
        <message>
            <source>Choose an organization from the list, or create it in the directory first.</source>
            <translation>Выберите организацию из списка или сначала создайте её в справочнике.</translation>
        </message>
    </context>
    <context>
        <name>ContactValidation</name>
        <message>
            <source>Name is required; enter a name.</source>
            <translation>Укажите имя.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
    </context>
    <context>
        <name>CountryPicker</name>
        <message>
            <source>Type a country</source>
            <translation>Введите страну</translation>
        </message>
    </context>
    <context>
        <name>CurrencyPicker</name>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>&lt;b&gt;Dashboard&lt;/b&gt;</source>
            <translation>&lt;b&gt;Сводка&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Страна назначения</translation>
        </message>
        <message>
            <source>Value of outcomes by currency (never added across currencies)</source>
            <translation>Сумма результатов по валютам (разные валюты не суммируются)</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Все миссии</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Любой год</translation>
        </message>
        <message>
            <source>Any country</source>
            <translation>Любая страна</translation>
        </message>
        <message>
            <source>missions</source>
            <translation>Миссии</translation>
        </message>
        <message>
            <source>meetings held</source>
            <translation>Проведённые встречи</translation>
        </message>
        <message>
            <source>site visits</source>
            <translation>Посещения предприятий</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>open follow-ups</source>
            <translation>Открытые задачи</translation>
        </message>
        <message>
            <source>overdue follow-ups</source>
            <translation>Просроченные задачи</translation>
        </message>
        <message>
            <source>Outcomes by kind</source>
            <translation>Результаты по типам</translation>
        </message>
        <message>
            <source>Outcomes by status</source>
            <translation>Результаты по статусам</translation>
        </message>
        <message>
            <source>No amounts recorded for these outcomes.</source>
            <translation>Для этих результатов суммы не указаны.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseLock</name>
        <message>
            <source>Database already open</source>
            <translation>База данных уже открыта</translation>
        </message>
        <message>
            <source>{path} is already open in another Mission Planner window.</source>
            <translation>Файл {path} уже открыт в другом окне Mission Planner.</translation>
        </message>
        <message>
            <source>{path} is already open in another Mission Planner window (process {process} on {host}).</source>
            <translation>Файл {path} уже открыт в другом окне Mission Planner (процесс {process} на компьютере {host}).</translation>
        </message>
        <message>
            <source>Both windows can read it, but edits made in one are not shown in the other, and a save in one may have to wait for the other. Close the other window first if you can.</source>
            <translation>Читать базу могут оба окна, но изменения, сделанные в одном, не видны в другом, а сохранение в одном окне может ждать, пока освободится другое. По возможности сначала закройте другое окно.</translation>
        </message>
        <message>
            <source>Open anyway (read-only risk)</source>
            <translation>Всё равно открыть (на свой риск)</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMMM yyyy</source>
            <translation>d MMMM yyyy 'г.'</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>dddd, d MMMM yyyy</source>
            <translation>dddd, d MMMM yyyy 'г.'</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <translation>{month} {year} г.</translation>
        </message>
        <message>
            <source>Day {number} – {date}</source>
            <translation>День {number} – {date}</translation>
        </message>
        <message>
            <source>On {date}</source>
            <translation>{date}</translation>
        </message>
        <message>
            <source>From {start} to {end}</source>
            <translation>С {start} по {end}</translation>
        </message>
    </context>
    <context>
        <name>DelegationTab</name>
        <message>
            <source>Add to delegation</source>
            <translation>Добавить в делегацию</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>Новый контакт…</translation>
        </message>
        <message>
            <source>Set role</source>
            <translation>Назначить роль</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Исключить</translation>
        </message>
        <message>
            <source>Add:</source>
            <translation>Добавить:</translation>
        </message>
        <message>
            <source>Selected:</source>
            <translation>С выбранными:</translation>
        </message>
        <message>
            <source>Nobody in the delegation yet. Type a name above to add someone from the directory.</source>
            <translation>В делегации пока никого нет. Введите имя выше, чтобы добавить человека из справочника.</translation>
        </message>
        <message>
            <source>Add {name} to the delegation</source>
            <translation>Добавление в делегацию: {name}</translation>
        </message>
        <message>
            <source>{name} added to the delegation</source>
            <translation>{name} теперь в составе делегации</translation>
        </message>
        <message>
            <source>Choose a person from the list, or use New person…</source>
            <translation>Выберите человека из списка или нажмите «Новый контакт…»</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Создание контакта</translation>
        </message>
        <message>
            <source>Set role to {role}</source>
            <translation>Назначение роли: {role}</translation>
        </message>
        <message>
            <source>Remove from delegation</source>
            <translation>Исключение из делегации</translation>
        </message>
        <message>
            <source>Remove {names} from the delegation? They stay in the directory.</source>
            <translation>Исключить из делегации: {names}? В справочнике записи сохранятся.</translation>
        </message>
        <message>
            <source>Remove {name} from the delegation</source>
            <translation>Исключение из делегации: {name}</translation>
        </message>
    </context>
    <context>
        <name>Direction</name>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>В обе стороны</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Нет</translation>
        </message>
    </context>
    <context>
        <name>DirectoryView</name>
        <message>
            <source>Filter organizations by name, local name or city…</source>
            <translation>Фильтр: название, местное название, город…</translation>
        </message>
        <message>
            <source>New organization…</source>
            <translation>Новая организация…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>Новый контакт…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Контактные лица</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Событие</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Подробности</translation>
        </message>
        <message>
            <source>History with us</source>
            <translation>История сотрудничества</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt;: %n record(s) across missions, newest first</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: %n запись по всем миссиям, сначала новые</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: %n записи по всем миссиям, сначала новые</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt;: %n записей по всем миссиям, сначала новые</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; has not been part of any mission yet.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;: участия в миссиях пока нет.</translation>
        </message>
        <message>
            <source>Choose an organization, or create one with &lt;b&gt;New organization…&lt;/b&gt;</source>
            <translation>Выберите организацию или создайте новую кнопкой &lt;b&gt;Новая организация…&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>Местное название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Отрасли</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>In the archive: {records}</source>
            <translation>В архиве: {records}</translation>
        </message>
        <message>
            <source>In the archive: not yet part of any mission</source>
            <translation>В архиве: пока не участвовала ни в одной миссии</translation>
        </message>
        <message>
            <source>New organization '{name}'</source>
            <translation>Создание организации «{name}»</translation>
        </message>
        <message>
            <source>Edit organization '{name}'</source>
            <translation>Изменение организации «{name}»</translation>
        </message>
        <message numerus="yes">
            <source>Delete '{name}'?

Its %n person(s) will stay in the directory, without an organization.</source>
            <translation>
                <numerusform>Удалить «{name}»?

Её %n контактное лицо останется в справочнике без организации.</numerusform>
                <numerusform>Удалить «{name}»?

Её %n контактных лица останутся в справочнике без организации.</numerusform>
                <numerusform>Удалить «{name}»?

Её %n контактных лиц останутся в справочнике без организации.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete '{name}'?</source>
            <translation>Удалить «{name}»?</translation>
        </message>
        <message>
            <source>Delete organization</source>
            <translation>Удаление организации</translation>
        </message>
        <message>
            <source>Delete organization '{name}'</source>
            <translation>Удаление организации «{name}»</translation>
        </message>
        <message>
            <source>New contact '{name}'</source>
            <translation>Создание контакта «{name}»</translation>
        </message>
        <message>
            <source>Edit contact '{name}'</source>
            <translation>Изменение контакта «{name}»</translation>
        </message>
        <message>
            <source>Delete person</source>
            <translation>Удаление контакта</translation>
        </message>
        <message>
            <source>Delete '{name}' from the directory?</source>
            <translation>Удалить «{name}» из справочника?</translation>
        </message>
        <message>
            <source>Delete contact '{name}'</source>
            <translation>Удаление контакта «{name}»</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>{kind}: {title}</source>
            <translation>{kind}: {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контактное лицо</numerusform>
                <numerusform>%n контактных лица</numerusform>
                <numerusform>%n контактных лиц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organized mission(s)</source>
            <translation>
                <numerusform>%n миссия (как организатор)</numerusform>
                <numerusform>%n миссии (как организатор)</numerusform>
                <numerusform>%n миссий (как организатор)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hosted item(s)</source>
            <translation>
                <numerusform>%n пункт программы (как принимающая сторона)</numerusform>
                <numerusform>%n пункта программы (как принимающая сторона)</numerusform>
                <numerusform>%n пунктов программы (как принимающая сторона)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>there is no such file or folder</source>
            <translation>такого файла или папки нет</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>часть пути — файл, а не папка</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>нет прав доступа</translation>
        </message>
        <message>
            <source>the operation is not permitted</source>
            <translation>операция не разрешена</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступен только для чтения</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>слишком длинное имя</translation>
        </message>
        <message>
            <source>No mission with id '{id}' in this database.</source>
            <translation>В этой базе данных нет миссии с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No participant with id '{id}' in this database.</source>
            <translation>В этой базе данных нет участника с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No itinerary item with id '{id}' in this database.</source>
            <translation>В этой базе данных нет пункта программы с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No outcome with id '{id}' in this database.</source>
            <translation>В этой базе данных нет результата с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No outcome status change with id '{id}' in this database.</source>
            <translation>В этой базе данных нет записи об изменении статуса результата с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No follow-up with id '{id}' in this database.</source>
            <translation>В этой базе данных нет задачи с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No organization with id '{id}' in this database.</source>
            <translation>В этой базе данных нет организации с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No contact with id '{id}' in this database.</source>
            <translation>В этой базе данных нет контакта с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No city with id '{id}' in this database.</source>
            <translation>В этой базе данных нет города с идентификатором «{id}».</translation>
        </message>
        <message>
            <source>No {entity} with id '{id}' in this database.</source>
            <translation>В этой базе данных нет записи «{entity}» с идентификатором «{id}».</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>Mission files (*.json);;All files (*)</source>
            <translation>Файлы миссий (*.json);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Mission Planner databases (*.db *.sqlite);;All files (*)</source>
            <translation>Базы данных Mission Planner (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Cannot open database</source>
            <translation>Не удаётся открыть базу данных</translation>
        </message>
        <message>
            <source>Opened {path}</source>
            <translation>Открыт файл {path}</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>{path} already exists. Use Open database… to open it; Mission Planner never overwrites an existing file.</source>
            <translation>Файл {path} уже существует. Чтобы открыть его, выберите «Открыть базу данных…»: Mission Planner никогда не перезаписывает существующие файлы.</translation>
        </message>
        <message>
            <source>Import mission</source>
            <translation>Импорт миссии</translation>
        </message>
        <message>
            <source>Cannot import mission</source>
            <translation>Не удаётся импортировать миссию</translation>
        </message>
        <message>
            <source>'{title}' is already in this database. Import it as a separate copy?</source>
            <translation>Миссия «{title}» уже есть в этой базе данных. Импортировать её как отдельную копию?</translation>
        </message>
        <message>
            <source>'{title}' is probably a copy of a mission already in this database (its items or delegation are here). Import it as a separate copy?</source>
            <translation>«{title}», вероятно, копия миссии, которая уже есть в этой базе данных (её программа или делегация уже здесь). Импортировать её как отдельную копию?</translation>
        </message>
        <message>
            <source>Import mission '{title}'</source>
            <translation>Импорт миссии «{title}»</translation>
        </message>
        <message>
            <source>Imported '{title}'</source>
            <translation>Миссия «{title}» импортирована</translation>
        </message>
        <message>
            <source>Export mission</source>
            <translation>Экспорт миссии</translation>
        </message>
        <message>
            <source>Cannot export mission</source>
            <translation>Не удаётся экспортировать миссию</translation>
        </message>
        <message>
            <source>Mission exported to {path}</source>
            <translation>Миссия экспортирована в файл {path}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Экспорт календаря</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>Файлы iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>Cannot export the calendar</source>
            <translation>Не удаётся экспортировать календарь</translation>
        </message>
        <message>
            <source>Calendar saved to {path}: import it into Outlook or Google Calendar</source>
            <translation>Календарь сохранён в файл {path}: импортируйте его в Outlook или Google Календарь</translation>
        </message>
        <message>
            <source>Itinerary as Excel (*.xlsx)</source>
            <translation>Программа в формате Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Outcomes as Excel (*.xlsx)</source>
            <translation>Результаты в формате Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Itinerary as CSV (*.csv)</source>
            <translation>Программа в формате CSV (*.csv)</translation>
        </message>
        <message>
            <source>Outcomes as CSV (*.csv)</source>
            <translation>Результаты в формате CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export spreadsheet</source>
            <translation>Экспорт таблицы</translation>
        </message>
        <message>
            <source>Cannot export the spreadsheet</source>
            <translation>Не удаётся экспортировать таблицу</translation>
        </message>
        <message>
            <source>Spreadsheet saved to {path}</source>
            <translation>Таблица сохранена в файл {path}</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>Не удаётся восстановить</translation>
        </message>
        <message>
            <source>Restored with problems</source>
            <translation>Восстановлено с ошибками</translation>
        </message>
        <message>
            <source>The restored database has problems:
{problems}</source>
            <translation>В восстановленной базе данных обнаружены ошибки:
{problems}</translation>
        </message>
        <message numerus="yes">
            <source>Restored from {name} (%n mission(s)).</source>
            <translation>
                <numerusform>Восстановлено из резервной копии {name} (%n миссия).</numerusform>
                <numerusform>Восстановлено из резервной копии {name} (%n миссии).</numerusform>
                <numerusform>Восстановлено из резервной копии {name} (%n миссий).</numerusform>
            </translation>
        </message>
        <message>
            <source>The previous content was backed up to {path}.</source>
            <translation>Прежнее содержимое сохранено в резервной копии {path}.</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Резервное копирование базы данных…</translation>
        </message>
        <message>
            <source>Backup cancelled; no backup file was left.</source>
            <translation>Резервное копирование отменено; файл копии не создан.</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Не удалось создать резервную копию</translation>
        </message>
        <message>
            <source>Backup saved to {path}</source>
            <translation>Резервная копия сохранена в файл {path}</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{choices} or {choice}</source>
            <translation>{choices} или {choice}</translation>
        </message>
        <message>
            <source>Cannot write '{path}': it is not a file name. Choose a file name.</source>
            <translation>Не удалось записать «{path}»: это не имя файла. Укажите имя файла.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': '{folder}' is a file, not a folder. Choose a file in an existing folder.</source>
            <translation>Не удалось записать «{path}»: «{folder}» — это файл, а не папка. Выберите файл в существующей папке.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': it is a folder. Choose a file name.</source>
            <translation>Не удалось записать «{path}»: это папка. Укажите имя файла.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': it is not a regular file (a device or a pipe). Choose a file name.</source>
            <translation>Не удалось записать «{path}»: это не обычный файл (устройство или канал). Укажите имя файла.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': it is a database, which would be lost. Choose another file name.</source>
            <translation>Не удалось записать «{path}»: это база данных, и она была бы потеряна. Выберите другое имя файла.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': the folder '{folder}' does not exist.</source>
            <translation>Не удаётся записать «{path}»: папка «{folder}» не существует.</translation>
        </message>
        <message>
            <source>Cannot write '{path}': {reason}.</source>
            <translation>Не удаётся записать «{path}»: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>FindingsPanel</name>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message numerus="yes">
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n ошибка</numerusform>
                <numerusform>%n ошибки</numerusform>
                <numerusform>%n ошибок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n предупреждение</numerusform>
                <numerusform>%n предупреждения</numerusform>
                <numerusform>%n предупреждений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n примечание</numerusform>
                <numerusform>%n примечания</numerusform>
                <numerusform>%n примечаний</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ No conflicts found: the plan is physically possible as far as the checks can tell.</source>
            <translation>✓ Конфликтов не найдено: насколько могут судить проверки, программа выполнима.</translation>
        </message>
        <message>
            <source>Checks: {counts} — double-click one to see its items</source>
            <translation>Проверки: {counts} — дважды щёлкните замечание, чтобы увидеть связанные пункты программы</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more, not listed here.</source>
            <translation>
                <numerusform>…и ещё %n замечание, здесь не показано.</numerusform>
                <numerusform>…и ещё %n замечания, здесь не показаны.</numerusform>
                <numerusform>…и ещё %n замечаний, здесь не показаны.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Edit follow-up</source>
            <translation>Изменение задачи</translation>
        </message>
        <message>
            <source>New follow-up</source>
            <translation>Новая задача</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>&amp;Задача</translation>
        </message>
        <message>
            <source>e.g. Send the draft agenda of the 2024 forum to the Union</source>
            <translation>например, Направить в Союз проект программы форума 2024 года</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>&amp;Ответственный</translation>
        </message>
        <message>
            <source>Who chases it</source>
            <translation>Кто отвечает за выполнение</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Срок</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Выполнить до</translation>
        </message>
        <message>
            <source>Do&amp;ne</source>
            <translation>&amp;Выполнено</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Дата выполнения</translation>
        </message>
        <message>
            <source>Ou&amp;tcome</source>
            <translation>&amp;Результат</translation>
        </message>
        <message>
            <source>— the mission as a whole —</source>
            <translation>— миссия в целом —</translation>
        </message>
        <message>
            <source>Follow-ups appear in the Follow-ups view across all missions, overdue first.</source>
            <translation>Задачи всех миссий собраны в разделе «Задачи»; просроченные показываются первыми.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Overdue</source>
            <translation>Просрочена</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Срок на этой неделе</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Позже</translation>
        </message>
        <message>
            <source>No due date</source>
            <translation>Без срока</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнена</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>Просрочено: %n</numerusform>
                <numerusform>Просрочено: %n</numerusform>
                <numerusform>Просрочено: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due this week</source>
            <translation>
                <numerusform>Срок на этой неделе: %n</numerusform>
                <numerusform>Срок на этой неделе: %n</numerusform>
                <numerusform>Срок на этой неделе: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n later</source>
            <translation>
                <numerusform>Позже: %n</numerusform>
                <numerusform>Позже: %n</numerusform>
                <numerusform>Позже: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without a due date</source>
            <translation>
                <numerusform>Без срока: %n</numerusform>
                <numerusform>Без срока: %n</numerusform>
                <numerusform>Без срока: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Filter by owner…</source>
            <translation>Фильтр по ответственному…</translation>
        </message>
        <message>
            <source>Show done</source>
            <translation>Показывать выполненные</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>New follow-up…</source>
            <translation>Новая задача…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Отметить выполненной</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Вернуть в работу</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>All missions</source>
            <translation>Все миссии</translation>
        </message>
        <message>
            <source>Done {date}</source>
            <translation>Выполнена {date}</translation>
        </message>
        <message>
            <source>Nothing to chase. Follow-ups logged on outcomes appear here.</source>
            <translation>Открытых задач нет. Здесь появляются задачи, добавленные к результатам.</translation>
        </message>
        <message>
            <source>Add follow-up '{action}'</source>
            <translation>Добавление задачи «{action}»</translation>
        </message>
        <message>
            <source>Edit follow-up '{action}'</source>
            <translation>Изменение задачи «{action}»</translation>
        </message>
        <message>
            <source>Mark follow-up done '{action}'</source>
            <translation>Отметка о выполнении задачи «{action}»</translation>
        </message>
        <message>
            <source>Follow-up '{action}' marked done</source>
            <translation>Задача «{action}» отмечена как выполненная</translation>
        </message>
        <message>
            <source>Reopen follow-up '{action}'</source>
            <translation>Возврат задачи «{action}» в работу</translation>
        </message>
        <message>
            <source>Delete follow-up</source>
            <translation>Удаление задачи</translation>
        </message>
        <message>
            <source>Delete the follow-up '{action}'?</source>
            <translation>Удалить задачу «{action}»?</translation>
        </message>
        <message>
            <source>Delete follow-up '{action}'</source>
            <translation>Удаление задачи «{action}»</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>Owner: {owner}</source>
            <translation>Ответственный: {owner}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>срок {date}</translation>
        </message>
        <message>
            <source>no due date</source>
            <translation>без срока</translation>
        </message>
        <message>
            <source>done {date}</source>
            <translation>выполнено {date}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>не выполнено</translation>
        </message>
        <message>
            <source>for: {outcome}</source>
            <translation>по результату: {outcome}</translation>
        </message>
        <message>
            <source>Hosted in {city}</source>
            <translation>Принимающая сторона, г. {city}</translation>
        </message>
        <message>
            <source>Hosted</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <source>Attended as {role} in {city}</source>
            <translation>Участие ({role}), г. {city}</translation>
        </message>
        <message>
            <source>Attended as {role}</source>
            <translation>Участие ({role})</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Tables (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
            <translation>Таблицы (*.csv *.txt *.tsv *.xlsx *.xlsm);;Все файлы (*)</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(не импортировать)</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>вертикальная черта</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контакт</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Выбор файла</translation>
        </message>
        <message>
            <source>A CSV file or an Excel workbook (.xlsx) with a header row.</source>
            <translation>Файл CSV или книга Excel (.xlsx) со строкой заголовков.</translation>
        </message>
        <message>
            <source>Path to a .csv or .xlsx file</source>
            <translation>Путь к файлу .csv или .xlsx</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Detected</source>
            <translation>Автоматически</translation>
        </message>
        <message>
            <source>People (contacts, delegates)</source>
            <translation>Люди (контакты, участники делегаций)</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Разделитель:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Лист:</translation>
        </message>
        <message>
            <source>The file lists:</source>
            <translation>Содержимое файла:</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Импорт контактов</translation>
        </message>
        <message>
            <source>Detected: {value}</source>
            <translation>Автоматически: {value}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n столбец</numerusform>
                <numerusform>%n столбца</numerusform>
                <numerusform>%n столбцов</numerusform>
            </translation>
        </message>
        <message>
            <source>{rows} and {columns} (sheet '{sheet}').</source>
            <translation>{rows} и {columns} (лист «{sheet}»).</translation>
        </message>
        <message>
            <source>{rows} and {columns} ({encoding}, {delimiter}).</source>
            <translation>{rows} и {columns} ({encoding}, {delimiter}).</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Сопоставление столбцов</translation>
        </message>
        <message>
            <source>Columns were matched by their headers; change any that are wrong.</source>
            <translation>Столбцы сопоставлены по заголовкам; исправьте неверные.</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Столбец {number}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>The first rows as they will be stored.</source>
            <translation>Первые строки в том виде, в каком они будут сохранены.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Skip the rows with problems and import the rest</source>
            <translation>Пропустить строки с ошибками и импортировать остальные</translation>
        </message>
        <message>
            <source>Cancel the import, to correct the file first</source>
            <translation>Отменить импорт, чтобы сначала исправить файл</translation>
        </message>
        <message>
            <source>Rows are numbered as in the spreadsheet (the header is row 1).</source>
            <translation>Строки пронумерованы как в таблице (заголовок — строка 1).</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in {bad} of {total} rows.</source>
            <translation>
                <numerusform>%n ошибка; строк с ошибками: {bad} из {total}.</numerusform>
                <numerusform>%n ошибки; строк с ошибками: {bad} из {total}.</numerusform>
                <numerusform>%n ошибок; строк с ошибками: {bad} из {total}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every row can be imported.</source>
            <translation>Все строки можно импортировать.</translation>
        </message>
        <message>
            <source>No problems found in {total} rows.</source>
            <translation>Ошибок не найдено (проверено строк: {total}).</translation>
        </message>
        <message>
            <source>Match with the directory</source>
            <translation>Сопоставление со справочником</translation>
        </message>
        <message>
            <source>Ticked names are merged with the directory record; untick one to create a new record.</source>
            <translation>Отмеченные записи будут объединены с записями справочника; снимите отметку, чтобы создать новую запись.</translation>
        </message>
        <message numerus="yes">
            <source>%n name(s) in the file look like records already in the directory.</source>
            <translation>
                <numerusform>%n запись в файле похожа на уже имеющуюся в справочнике.</numerusform>
                <numerusform>%n записи в файле похожи на уже имеющиеся в справочнике.</numerusform>
                <numerusform>%n записей в файле похожи на уже имеющиеся в справочнике.</numerusform>
            </translation>
        </message>
        <message>
            <source>No name in the file looks like a record already in the directory.</source>
            <translation>Ни одна запись в файле не похожа на записи справочника.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>В файле</translation>
        </message>
        <message>
            <source>In the directory</source>
            <translation>В справочнике</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строки</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Делегация</translation>
        </message>
        <message>
            <source>Add the people to:</source>
            <translation>Добавить людей в миссию:</translation>
        </message>
        <message>
            <source>With the role:</source>
            <translation>С ролью:</translation>
        </message>
        <message>
            <source>No mission (directory only)</source>
            <translation>Без миссии (только в справочник)</translation>
        </message>
        <message>
            <source>Optionally add the imported people to a mission's delegation.</source>
            <translation>При необходимости добавьте импортированных людей в делегацию миссии.</translation>
        </message>
        <message>
            <source>People already in the delegation are left as they are. A role given in the file takes precedence over the one chosen here. Press Import to import; Edit &gt; Undo takes it all back.</source>
            <translation>Люди, уже входящие в делегацию, остаются без изменений. Роль, указанная в файле, имеет приоритет над выбранной здесь. Нажмите «Импортировать», чтобы выполнить импорт; команда «Правка &gt; Отменить» отменит его целиком.</translation>
        </message>
        <message>
            <source>Organizations are added to the directory only.</source>
            <translation>Организации добавляются только в справочник.</translation>
        </message>
        <message>
            <source>Press Import to import; Edit &gt; Undo takes it all back.</source>
            <translation>Нажмите «Импортировать», чтобы выполнить импорт; команда «Правка &gt; Отменить» отменит его целиком.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Импортировать</translation>
        </message>
        <message>
            <source>Checking {file} against the directory…</source>
            <translation>Проверка файла {file} по справочнику…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Не удалось выполнить импорт</translation>
        </message>
        <message>
            <source>Import contacts from {file}</source>
            <translation>Импорт контактов из {file}</translation>
        </message>
        <message>
            <source>Imported {file}: {summary}</source>
            <translation>Импортирован файл {file}: {summary}</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Edit itinerary item</source>
            <translation>Изменение пункта программы</translation>
        </message>
        <message>
            <source>New itinerary item</source>
            <translation>Новый пункт программы</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>e.g. Negotiations at the Chamber of Commerce and Industry</source>
            <translation>например, Переговоры в Торгово-промышленной палате</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Статус</translation>
        </message>
        <message>
            <source>St&amp;art</source>
            <translation>На&amp;чало</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Окончание</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>Часовой по&amp;яс</translation>
        </message>
        <message>
            <source>Arrival time zone</source>
            <translation>Часовой пояс прибытия</translation>
        </message>
        <message>
            <source>For a travel leg that ends in another time zone: the end time is local there</source>
            <translation>Для переезда, который заканчивается в другом часовом поясе: время окончания указывается местное</translation>
        </message>
        <message>
            <source>&amp;City</source>
            <translation>&amp;Город</translation>
        </message>
        <message>
            <source>&amp;Venue / address</source>
            <translation>&amp;Место проведения / адрес</translation>
        </message>
        <message>
            <source>&amp;Hosts</source>
            <translation>&amp;Принимающие организации</translation>
        </message>
        <message>
            <source>Host &amp;people</source>
            <translation>&amp;Контакты принимающей стороны</translation>
        </message>
        <message>
            <source>Atte&amp;ndees</source>
            <translation>&amp;Участники</translation>
        </message>
        <message>
            <source>A&amp;genda</source>
            <translation>Повестка &amp;дня</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>П&amp;римечания</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Переезд</translation>
        </message>
        <message>
            <source>From city</source>
            <translation>Город отправления</translation>
        </message>
        <message>
            <source>To city</source>
            <translation>Город прибытия</translation>
        </message>
        <message>
            <source>Flight / train number, booking</source>
            <translation>Номер рейса / поезда, бронь</translation>
        </message>
        <message>
            <source>Whole delegation</source>
            <translation>Вся делегация</translation>
        </message>
        <message>
            <source>Times are local to {zone}.</source>
            <translation>Время указано местное: {zone}.</translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <source>Site visit</source>
            <translation>Посещение предприятия</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Выставка</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>Форум</translation>
        </message>
        <message>
            <source>Reception</source>
            <translation>Приём</translation>
        </message>
        <message>
            <source>Ceremony</source>
            <translation>Церемония</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Переезд</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Размещение</translation>
        </message>
        <message>
            <source>Free time</source>
            <translation>Свободное время</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>ItemStatus</name>
        <message>
            <source>Proposed</source>
            <translation>Предложен</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Запрошен</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждён</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Состоялся</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
    </context>
    <context>
        <name>ItineraryTab</name>
        <message>
            <source>Add item</source>
            <translation>Добавить пункт</translation>
        </message>
        <message>
            <source>Add an item to the selected day (Ctrl+I)</source>
            <translation>Добавить пункт в выбранный день (Ctrl+I)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>New organization</source>
            <translation>Создание организации</translation>
        </message>
        <message>
            <source>Add {kind} '{title}'</source>
            <translation>Добавление: {kind} «{title}»</translation>
        </message>
        <message>
            <source>{kind} added on {when}</source>
            <translation>Добавлено в программу: {kind}, {when}</translation>
        </message>
        <message>
            <source>Move {kind} '{title}'</source>
            <translation>Перенос: {kind} «{title}»</translation>
        </message>
        <message>
            <source>Edit {kind} '{title}'</source>
            <translation>Изменение: {kind} «{title}»</translation>
        </message>
        <message>
            <source>{kind} moved to {when}</source>
            <translation>{kind}: новое время — {when}</translation>
        </message>
        <message>
            <source>{kind} '{title}' saved</source>
            <translation>{kind} «{title}»: изменения сохранены</translation>
        </message>
        <message>
            <source>Delete '{title}'?</source>
            <translation>Удалить «{title}»?</translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s) logged at it will stay, unlinked from it.</source>
            <translation>
                <numerusform>%n результат, записанный по этому пункту, останется, но связь с пунктом будет удалена.</numerusform>
                <numerusform>%n результата, записанных по этому пункту, останутся, но связь с пунктом будет удалена.</numerusform>
                <numerusform>%n результатов, записанных по этому пункту, останутся, но связь с пунктом будет удалена.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete itinerary item</source>
            <translation>Удаление пункта программы</translation>
        </message>
        <message>
            <source>Delete {kind} '{title}'</source>
            <translation>Удаление: {kind} «{title}»</translation>
        </message>
    </context>
    <context>
        <name>JsonReader</name>
        <message>
            <source>is a number of {count} digits, far longer than any value of a mission file; correct it.</source>
            <translation>число из {count} цифр — намного длиннее любого значения в файле миссии; исправьте его.</translation>
        </message>
        <message>
            <source>contains the escape {escape}, half of a character pair without its other half; remove it or write the character meant.</source>
            <translation>содержит код {escape} — половину пары, образующей символ, без второй половины; удалите его или впишите нужный символ.</translation>
        </message>
        <message>
            <source>must be an object, not {kind}.</source>
            <translation>должно быть объектом (сейчас: {kind}).</translation>
        </message>
        <message>
            <source>must be a list, not {kind}.</source>
            <translation>должно быть списком (сейчас: {kind}).</translation>
        </message>
        <message>
            <source>is missing; add it.</source>
            <translation>отсутствует; добавьте это поле.</translation>
        </message>
        <message>
            <source>must be text, not {kind}.</source>
            <translation>должно быть текстом (сейчас: {kind}).</translation>
        </message>
        <message>
            <source>is empty; give every record an id.</source>
            <translation>пусто; укажите идентификатор каждой записи.</translation>
        </message>
        <message>
            <source>must be a list of text values.</source>
            <translation>должно быть списком текстовых значений.</translation>
        </message>
        <message>
            <source>{value} is not one of: {allowed}.</source>
            <translation>{value} — недопустимое значение; допустимые значения: {allowed}.</translation>
        </message>
        <message>
            <source>must be true or false, not {kind}.</source>
            <translation>должно быть true или false (сейчас: {kind}).</translation>
        </message>
        <message>
            <source>'{value}' is not a date; use YYYY-MM-DD.</source>
            <translation>«{value}» — не дата; используйте формат ГГГГ-ММ-ДД.</translation>
        </message>
        <message>
            <source>'{value}' is not a local date and time; use YYYY-MM-DDTHH:MM.</source>
            <translation>«{value}» — не местные дата и время; используйте формат ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
        </message>
        <message>
            <source>must be local wall-clock time without an offset; put the zone in timezone.</source>
            <translation>должно быть местным временем без смещения; часовой пояс укажите в поле timezone.</translation>
        </message>
        <message>
            <source>must be a decimal written as text, such as "300000000.00".</source>
            <translation>должно быть десятичным числом, записанным как текст, например "300000000.00".</translation>
        </message>
        <message>
            <source>{value} is not a decimal number.</source>
            <translation>{value} — не десятичное число.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>объект</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>список</translation>
        </message>
        <message>
            <source>text</source>
            <translation>текст</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>число</translation>
        </message>
    </context>
    <context>
        <name>Lists</name>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} и {last}</translation>
        </message>
    </context>
    <context>
        <name>LongTask</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>Lookups</name>
        <message>
            <source>Type an organization name</source>
            <translation>Введите название организации</translation>
        </message>
        <message>
            <source>Type a person's name</source>
            <translation>Введите имя</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New mission…</source>
            <translation>&amp;Новая миссия…</translation>
        </message>
        <message>
            <source>Plan a new mission</source>
            <translation>Запланировать новую миссию</translation>
        </message>
        <message>
            <source>New mission &amp;from…</source>
            <translation>Новая &amp;миссия на основе…</translation>
        </message>
        <message>
            <source>Start a new mission from a past mission or a template</source>
            <translation>Создать новую миссию на основе прошлой миссии или шаблона</translation>
        </message>
        <message>
            <source>New from &amp;template…</source>
            <translation>Новая миссия на основе &amp;шаблона…</translation>
        </message>
        <message>
            <source>Save as &amp;template…</source>
            <translation>Сохранить как &amp;шаблон…</translation>
        </message>
        <message>
            <source>Keep this mission's plan as a template for the next one</source>
            <translation>Сохранить план этой миссии как шаблон для следующей</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Открыть базу данных…</translation>
        </message>
        <message>
            <source>New &amp;database…</source>
            <translation>Новая &amp;база данных…</translation>
        </message>
        <message>
            <source>&amp;Import mission…</source>
            <translation>&amp;Импортировать миссию…</translation>
        </message>
        <message>
            <source>Import a mission file (.json)</source>
            <translation>Импортировать файл миссии (.json)</translation>
        </message>
        <message>
            <source>Import &amp;contacts…</source>
            <translation>Импортировать &amp;контакты…</translation>
        </message>
        <message>
            <source>Import a list of people or organizations from a CSV or Excel file</source>
            <translation>Импортировать список людей или организаций из файла CSV или Excel</translation>
        </message>
        <message>
            <source>&amp;Export mission…</source>
            <translation>&amp;Экспортировать миссию…</translation>
        </message>
        <message>
            <source>Export the selected mission to a file</source>
            <translation>Экспортировать выбранную миссию в файл</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Печать…</translation>
        </message>
        <message>
            <source>Print or save the itinerary, briefings and summaries</source>
            <translation>Напечатать или сохранить программу, справки и сводки</translation>
        </message>
        <message>
            <source>Export &amp;calendar (.ics)…</source>
            <translation>Экспортировать ка&amp;лендарь (.ics)…</translation>
        </message>
        <message>
            <source>Export &amp;spreadsheet…</source>
            <translation>Экспортировать &amp;таблицу…</translation>
        </message>
        <message>
            <source>&amp;Backup now</source>
            <translation>Создать &amp;резервную копию</translation>
        </message>
        <message>
            <source>Make a backup copy of the database now</source>
            <translation>Создать резервную копию базы данных прямо сейчас</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Восстановить из резервной копии…</translation>
        </message>
        <message>
            <source>Replace the database's content with one of its backups (the current content is backed up first)</source>
            <translation>Заменить содержимое базы данных одной из её резервных копий (текущее содержимое сначала сохраняется в резервной копии)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Вы&amp;ход</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Delete &amp;mission…</source>
            <translation>&amp;Удалить миссию…</translation>
        </message>
        <message>
            <source>Add itinerary &amp;item…</source>
            <translation>Добавить &amp;пункт программы…</translation>
        </message>
        <message>
            <source>Check &amp;upcoming missions…</source>
            <translation>Проверить пр&amp;едстоящие миссии…</translation>
        </message>
        <message>
            <source>Check every mission that has not ended yet for conflicts</source>
            <translation>Проверить на конфликты все ещё не завершившиеся миссии</translation>
        </message>
        <message>
            <source>Check &amp;all missions…</source>
            <translation>Проверить &amp;все миссии…</translation>
        </message>
        <message>
            <source>Check every mission of the database for conflicts</source>
            <translation>Проверить на конфликты все миссии базы данных</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Най&amp;ти…</translation>
        </message>
        <message>
            <source>&amp;About Mission Planner</source>
            <translation>&amp;О программе Mission Planner</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>Add a &amp;city…</source>
            <translation>Добавить &amp;город…</translation>
        </message>
        <message>
            <source>Add a city that is missing from the reference list</source>
            <translation>Добавить город, которого нет в справочном списке</translation>
        </message>
        <message>
            <source>&amp;Missions</source>
            <translation>&amp;Миссии</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Шаблоны</translation>
        </message>
        <message>
            <source>&amp;Directory</source>
            <translation>&amp;Справочник</translation>
        </message>
        <message>
            <source>&amp;Follow-ups</source>
            <translation>&amp;Задачи</translation>
        </message>
        <message>
            <source>Follow-ups of all missions, overdue first</source>
            <translation>Задачи всех миссий, сначала просроченные</translation>
        </message>
        <message>
            <source>Dash&amp;board</source>
            <translation>Сво&amp;дка</translation>
        </message>
        <message>
            <source>What the missions achieved</source>
            <translation>Чего удалось добиться в ходе миссий</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Открыть н&amp;едавние</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Mission</source>
            <translation>&amp;Миссия</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Главная панель инструментов</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message numerus="yes">
            <source>Follow-ups (%n overdue)</source>
            <translation>
                <numerusform>Задачи (%n просрочена)</numerusform>
                <numerusform>Задачи (%n просрочены)</numerusform>
                <numerusform>Задачи (%n просрочено)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n overdue follow-up(s)</source>
            <translation>
                <numerusform>⚠ %n просроченная задача</numerusform>
                <numerusform>⚠ %n просроченные задачи</numerusform>
                <numerusform>⚠ %n просроченных задач</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>About Mission Planner</source>
            <translation>О программе Mission Planner</translation>
        </message>
        <message>
            <source>&lt;p&gt;Plan business and trade delegation missions: itineraries, meetings, outcomes, follow-ups.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Планирование деловых и торговых миссий: программы, встречи, результаты, задачи.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Database: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</source>
            <translation>&lt;p&gt;База данных: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>Minutes: who said what, what was agreed. Saved when you leave the field.</source>
            <translation>Протокол: кто что сказал, о чём договорились. Сохраняется, когда вы покидаете поле.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Log outcome…</source>
            <translation>Зафиксировать результат…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Add follow-up…</source>
            <translation>Добавить задачу…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Agenda and minutes</source>
            <translation>Повестка и протокол</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Templates have no outcomes</source>
            <translation>У шаблонов нет результатов</translation>
        </message>
        <message>
            <source>Log what came of this meeting</source>
            <translation>Зафиксировать, чем завершилась встреча</translation>
        </message>
        <message>
            <source>Outcomes not tied to a meeting
(signed at a ceremony, agreed later…)</source>
            <translation>Результаты вне встреч
(подписаны на церемонии, согласованы позже…)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Outcomes not tied to a meeting&lt;/b&gt;&lt;br&gt;Agreed over the whole visit, signed at a ceremony, or settled after the mission.</source>
            <translation>&lt;b&gt;Результаты вне встреч&lt;/b&gt;&lt;br&gt;Согласованы в ходе всего визита, подписаны на церемонии или достигнуты после миссии.</translation>
        </message>
        <message>
            <source>Hosts: {names}</source>
            <translation>Принимающая сторона: {names}</translation>
        </message>
        <message>
            <source>Host people: {names}</source>
            <translation>Контакты принимающей стороны: {names}</translation>
        </message>
        <message>
            <source>&lt;i&gt;Agenda:&lt;/i&gt; {agenda}</source>
            <translation>&lt;i&gt;Повестка:&lt;/i&gt; {agenda}</translation>
        </message>
        <message>
            <source>Attending: the whole delegation</source>
            <translation>Участники: вся делегация</translation>
        </message>
        <message>
            <source>Attending: nobody yet</source>
            <translation>Участники: пока никого</translation>
        </message>
        <message>
            <source>Attending: {names}</source>
            <translation>Участники: {names}</translation>
        </message>
        <message>
            <source>Edit minutes</source>
            <translation>Изменение протокола</translation>
        </message>
        <message>
            <source>Minutes of '{title}' saved</source>
            <translation>Протокол встречи «{title}» сохранён</translation>
        </message>
        <message>
            <source>Outcome '{title}' saved</source>
            <translation>Результат «{title}» сохранён</translation>
        </message>
        <message>
            <source>Log outcome '{title}'</source>
            <translation>Добавление результата «{title}»</translation>
        </message>
        <message>
            <source>Edit outcome '{title}'</source>
            <translation>Изменение результата «{title}»</translation>
        </message>
        <message>
            <source>Add follow-up '{action}'</source>
            <translation>Добавление задачи «{action}»</translation>
        </message>
        <message>
            <source>Follow-up added</source>
            <translation>Задача добавлена</translation>
        </message>
        <message>
            <source>Delete the outcome '{title}'?

This also deletes its {dependents}.</source>
            <translation>Удалить результат «{title}»?

Вместе с ним будут удалены: {dependents}.</translation>
        </message>
        <message>
            <source>Delete the outcome '{title}'?</source>
            <translation>Удалить результат «{title}»?</translation>
        </message>
        <message>
            <source>Delete outcome</source>
            <translation>Удаление результата</translation>
        </message>
        <message>
            <source>Delete outcome '{title}'</source>
            <translation>Удаление результата «{title}»</translation>
        </message>
    </context>
    <context>
        <name>MissionActions</name>
        <message>
            <source>New mission '{title}'</source>
            <translation>Создание миссии «{title}»</translation>
        </message>
        <message>
            <source>Mission '{title}' created</source>
            <translation>Миссия «{title}» создана</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>Новая миссия на основе шаблона</translation>
        </message>
        <message>
            <source>There are no templates yet. Open a mission and choose Mission › Save as template…</source>
            <translation>Шаблонов пока нет. Откройте миссию и выберите «Миссия › Сохранить как шаблон…».</translation>
        </message>
        <message>
            <source>Planning the new mission…</source>
            <translation>Подготовка новой миссии…</translation>
        </message>
        <message>
            <source>Cannot make the new mission</source>
            <translation>Не удаётся создать новую миссию</translation>
        </message>
        <message>
            <source>New mission '{title}' from '{source}'</source>
            <translation>Создание миссии «{title}» на основе «{source}»</translation>
        </message>
        <message>
            <source>Mission '{title}' created from '{source}'</source>
            <translation>Миссия «{title}» создана на основе «{source}»</translation>
        </message>
        <message>
            <source>Checking the new dates…</source>
            <translation>Проверка новых дат…</translation>
        </message>
        <message>
            <source>'{title}' was created. The checks found nothing that needs attention.</source>
            <translation>Миссия «{title}» создана. Проверки не выявили ничего, что требует внимания.</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more (see the Itinerary tab).</source>
            <translation>
                <numerusform>…и ещё %n (см. вкладку «Программа»).</numerusform>
                <numerusform>…и ещё %n (см. вкладку «Программа»).</numerusform>
                <numerusform>…и ещё %n (см. вкладку «Программа»).</numerusform>
            </translation>
        </message>
        <message>
            <source>'{title}' was created. Worth a look in the new dates:

{findings}</source>
            <translation>Миссия «{title}» создана. В новых датах стоит обратить внимание на следующее:

{findings}</translation>
        </message>
        <message>
            <source>New mission created</source>
            <translation>Новая миссия создана</translation>
        </message>
        <message>
            <source>Checking the upcoming missions…</source>
            <translation>Проверка предстоящих миссий…</translation>
        </message>
        <message>
            <source>Checking all missions…</source>
            <translation>Проверка всех миссий…</translation>
        </message>
        <message>
            <source>Check of the missions cancelled.</source>
            <translation>Проверка миссий отменена.</translation>
        </message>
        <message>
            <source>This mission is already a template</source>
            <translation>Эта миссия уже является шаблоном</translation>
        </message>
        <message>
            <source>Save a template copy</source>
            <translation>Сохранить копию как шаблон</translation>
        </message>
        <message>
            <source>Turn this mission into a template</source>
            <translation>Сделать эту миссию шаблоном</translation>
        </message>
        <message>
            <source>A template copy of '{title}' keeps the itinerary, hosts and travel; the delegation and outcomes stay with the mission.</source>
            <translation>Шаблон на основе миссии «{title}» сохраняет программу, принимающие организации и переезды; делегация и результаты остаются в миссии.</translation>
        </message>
        <message>
            <source>The mission itself has outcomes or follow-ups, so only a copy can become a template.</source>
            <translation>У самой миссии есть результаты или задачи, поэтому шаблоном может стать только её копия.</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>Сохранить как шаблон</translation>
        </message>
        <message>
            <source>Make '{title}' a template</source>
            <translation>Преобразование миссии «{title}» в шаблон</translation>
        </message>
        <message>
            <source>'{title}' is now a template</source>
            <translation>Миссия «{title}» теперь шаблон</translation>
        </message>
        <message>
            <source>Cannot save as template</source>
            <translation>Не удаётся сохранить как шаблон</translation>
        </message>
        <message>
            <source>Save '{title}' as template</source>
            <translation>Сохранение миссии «{title}» как шаблона</translation>
        </message>
        <message>
            <source>Template '{title}' saved</source>
            <translation>Шаблон «{title}» сохранён</translation>
        </message>
        <message>
            <source>Delete the mission '{title}'?</source>
            <translation>Удалить миссию «{title}»?</translation>
        </message>
        <message>
            <source>This also deletes its {dependents}.</source>
            <translation>Вместе с ней будут удалены: {dependents}.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Это действие можно отменить сочетанием клавиш Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete mission</source>
            <translation>Удаление миссии</translation>
        </message>
        <message>
            <source>Delete mission '{title}'</source>
            <translation>Удаление миссии «{title}»</translation>
        </message>
        <message>
            <source>Change planning preferences</source>
            <translation>Изменение настроек планирования</translation>
        </message>
        <message>
            <source>Planning preferences saved; checks updated</source>
            <translation>Настройки планирования сохранены; проверки обновлены</translation>
        </message>
        <message>
            <source>Add city '{name}'</source>
            <translation>Добавление города «{name}»</translation>
        </message>
        <message>
            <source>City '{name}' added</source>
            <translation>Город «{name}» добавлен</translation>
        </message>
    </context>
    <context>
        <name>MissionChecks</name>
        <message>
            <source>The checks could not run: {reason}</source>
            <translation>Проверки не удалось выполнить: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MissionFiles</name>
        <message>
            <source>{path} is {size} MB, too large to be a mission file (limit {limit} MB); check that you chose the right file.</source>
            <translation>Файл {path} занимает {size} МБ — слишком много для файла миссии (предел — {limit} МБ); проверьте, тот ли файл выбран.</translation>
        </message>
        <message>
            <source>{path} holds more than {limit} MB, too large to be a mission file; check that you chose the right file.</source>
            <translation>{path} содержит больше {limit} МБ — слишком много для файла миссии; проверьте, тот ли файл выбран.</translation>
        </message>
        <message>
            <source>{path} is a device or a pipe, not a file; choose a mission file (.json).</source>
            <translation>{path} — это устройство или канал, а не файл; выберите файл миссии (.json).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Не удаётся прочитать {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not a mission file: it is not UTF-8 text.</source>
            <translation>{path} — не файл миссии: это не текст в кодировке UTF-8.</translation>
        </message>
        <message>
            <source>{path} is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation>{path} — некорректный JSON (строка {line}, столбец {column}: {reason}).</translation>
        </message>
        <message>
            <source>{path} is nested too deeply to be a mission file.</source>
            <translation>Вложенность в {path} слишком глубока для файла миссии.</translation>
        </message>
        <message>
            <source>{path} has problems; nothing was imported:</source>
            <translation>В файле {path} есть ошибки; ничего не импортировано:</translation>
        </message>
        <message>
            <source>'{id}' is already in this database ({count} of the {total} ids in this list are).</source>
            <translation>«{id}» уже есть в этой базе данных (из {total} идентификаторов этого списка здесь уже есть {count}).</translation>
        </message>
        <message>
            <source>{file} is probably a copy of a mission already in this database: its mission id is new, but the ids below are here already. Import it as a copy (on the command line: --as-copy); nothing was imported:</source>
            <translation>{file}, вероятно, копия миссии, которая уже есть в этой базе данных: идентификатор миссии в нём новый, но идентификаторы ниже здесь уже есть. Импортируйте его как копию (в командной строке: --as-copy); ничего не импортировано:</translation>
        </message>
        <message>
            <source>The mission file</source>
            <translation>Файл миссии</translation>
        </message>
        <message>
            <source>The mission cannot be imported:</source>
            <translation>Миссию невозможно импортировать:</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Не удаётся записать {path}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>MissionFormat</name>
        <message>
            <source>This is not a Mission Planner mission file (expected "format": "{format}").</source>
            <translation>Это не файл миссии Mission Planner (ожидается "format": "{format}").</translation>
        </message>
        <message>
            <source>The mission file has no valid format_version.</source>
            <translation>В файле миссии нет допустимого значения format_version.</translation>
        </message>
        <message>
            <source>The mission file uses format version {version}, newer than this Mission Planner understands ({supported}); update Mission Planner to import it.</source>
            <translation>Файл миссии записан в версии формата {version}, а эта версия Mission Planner понимает только версию {supported}; обновите Mission Planner, чтобы импортировать файл.</translation>
        </message>
        <message>
            <source>The mission file has problems; nothing was imported:</source>
            <translation>В файле миссии есть ошибки; ничего не импортировано:</translation>
        </message>
    </context>
    <context>
        <name>MissionKind</name>
        <message>
            <source>Trade mission</source>
            <translation>Торговая миссия</translation>
        </message>
        <message>
            <source>Official visit</source>
            <translation>Официальный визит</translation>
        </message>
        <message>
            <source>Working visit</source>
            <translation>Рабочий визит</translation>
        </message>
        <message>
            <source>Exhibition participation</source>
            <translation>Участие в выставке</translation>
        </message>
        <message>
            <source>Forum</source>
            <translation>Форум</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>MissionListPanel</name>
        <message>
            <source>Filter missions…</source>
            <translation>Поиск миссий…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Миссии</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Шаблоны</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Любой год</translation>
        </message>
        <message>
            <source>Any destination</source>
            <translation>Любая страна</translation>
        </message>
        <message>
            <source>No templates yet. Open a mission and choose Save as template.</source>
            <translation>Шаблонов пока нет. Откройте миссию и выберите «Сохранить как шаблон».</translation>
        </message>
        <message>
            <source>No mission matches these filters.</source>
            <translation>Нет миссий, соответствующих фильтрам.</translation>
        </message>
        <message>
            <source>No missions yet. Press Ctrl+N to create one, or import a mission file.</source>
            <translation>Миссий пока нет. Нажмите Ctrl+N, чтобы создать миссию, или импортируйте файл миссии.</translation>
        </message>
    </context>
    <context>
        <name>MissionStatus</name>
        <message>
            <source>Draft</source>
            <translation>Черновик</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланирована</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Подтверждена</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Проводится</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завершена</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменена</translation>
        </message>
    </context>
    <context>
        <name>MissionWorkspace</name>
        <message>
            <source>&lt;h2&gt;No mission selected&lt;/h2&gt;&lt;p&gt;Choose a mission on the left, or press &lt;b&gt;Ctrl+N&lt;/b&gt; to plan a new one.&lt;/p&gt;&lt;p&gt;Past missions can be imported from a mission file with &lt;b&gt;File › Import mission…&lt;/b&gt;&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Миссия не выбрана&lt;/h2&gt;&lt;p&gt;Выберите миссию слева или нажмите &lt;b&gt;Ctrl+N&lt;/b&gt;, чтобы спланировать новую.&lt;/p&gt;&lt;p&gt;Прошлые миссии можно импортировать из файла миссии: &lt;b&gt;Файл › Импортировать миссию…&lt;/b&gt;&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Делегация</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Meetings &amp;&amp; outcomes</source>
            <translation>Встречи и результаты</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>template</source>
            <translation>шаблон</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>{currency} {amount}</source>
            <translation>{amount} {currency}</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>январь</translation>
        </message>
        <message>
            <source>February</source>
            <translation>февраль</translation>
        </message>
        <message>
            <source>March</source>
            <translation>март</translation>
        </message>
        <message>
            <source>April</source>
            <translation>апрель</translation>
        </message>
        <message>
            <source>May</source>
            <translation>май</translation>
        </message>
        <message>
            <source>June</source>
            <translation>июнь</translation>
        </message>
        <message>
            <source>July</source>
            <translation>июль</translation>
        </message>
        <message>
            <source>August</source>
            <translation>август</translation>
        </message>
        <message>
            <source>September</source>
            <translation>сентябрь</translation>
        </message>
        <message>
            <source>October</source>
            <translation>октябрь</translation>
        </message>
        <message>
            <source>November</source>
            <translation>ноябрь</translation>
        </message>
        <message>
            <source>December</source>
            <translation>декабрь</translation>
        </message>
    </context>
    <context>
        <name>Months in a date</name>
        <message>
            <source>January</source>
            <translation>января</translation>
        </message>
        <message>
            <source>February</source>
            <translation>февраля</translation>
        </message>
        <message>
            <source>March</source>
            <translation>марта</translation>
        </message>
        <message>
            <source>April</source>
            <translation>апреля</translation>
        </message>
        <message>
            <source>May</source>
            <translation>мая</translation>
        </message>
        <message>
            <source>June</source>
            <translation>июня</translation>
        </message>
        <message>
            <source>July</source>
            <translation>июля</translation>
        </message>
        <message>
            <source>August</source>
            <translation>августа</translation>
        </message>
        <message>
            <source>September</source>
            <translation>сентября</translation>
        </message>
        <message>
            <source>October</source>
            <translation>октября</translation>
        </message>
        <message>
            <source>November</source>
            <translation>ноября</translation>
        </message>
        <message>
            <source>December</source>
            <translation>декабря</translation>
        </message>
    </context>
    <context>
        <name>NewMissionDialog</name>
        <message>
            <source>New mission</source>
            <translation>Новая миссия</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>e.g. Business mission to Ashgabat, May 2026</source>
            <translation>например, Деловая миссия в Ашхабад, май 2026</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>&amp;From country</source>
            <translation>Страна отп&amp;равления</translation>
        </message>
        <message>
            <source>&amp;To country</source>
            <translation>Страна на&amp;значения</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>Нач&amp;ало</translation>
        </message>
        <message>
            <source>&amp;End</source>
            <translation>&amp;Окончание</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>Часовой &amp;пояс</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <source>Edit organization</source>
            <translation>Изменение организации</translation>
        </message>
        <message>
            <source>New organization</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation>Название на &amp;местном языке</translation>
        </message>
        <message>
            <source>Name in Russian, Turkmen…</source>
            <translation>Название на русском, туркменском…</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>&amp;Страна</translation>
        </message>
        <message>
            <source>C&amp;ity</source>
            <translation>&amp;Город</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Адрес</translation>
        </message>
        <message>
            <source>&amp;Sectors</source>
            <translation>&amp;Отрасли</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. agriculture, logistics</source>
            <translation>Через запятую, например: сельское хозяйство, логистика</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>&amp;Веб-сайт</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Теле&amp;фон</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;Эл. почта</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Примечания</translation>
        </message>
        <message>
            <source>Choose a country from the list.</source>
            <translation>Выберите страну из списка.</translation>
        </message>
    </context>
    <context>
        <name>OrganizationImportFields</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Choose the column that holds the name.</source>
            <translation>Выберите столбец с названием организации.</translation>
        </message>
        <message>
            <source>Local name</source>
            <translation>Местное название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Отрасли</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
    </context>
    <context>
        <name>OrganizationKind</name>
        <message>
            <source>Chamber of commerce</source>
            <translation>Торгово-промышленная палата</translation>
        </message>
        <message>
            <source>Business association</source>
            <translation>Деловое объединение</translation>
        </message>
        <message>
            <source>Government agency</source>
            <translation>Государственный орган</translation>
        </message>
        <message>
            <source>Ministry</source>
            <translation>Министерство</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>Предприятие</translation>
        </message>
        <message>
            <source>Embassy</source>
            <translation>Посольство</translation>
        </message>
        <message>
            <source>University</source>
            <translation>Университет</translation>
        </message>
        <message>
            <source>Exhibition organizer</source>
            <translation>Организатор выставок</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>OrganizationsModel</name>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
    </context>
    <context>
        <name>OrganizerRole</name>
        <message>
            <source>Organizer</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>Co-organizer</source>
            <translation>Соорганизатор</translation>
        </message>
        <message>
            <source>Supporter</source>
            <translation>При поддержке</translation>
        </message>
        <message>
            <source>Partner</source>
            <translation>Партнёр</translation>
        </message>
        <message>
            <source>Sponsor</source>
            <translation>Спонсор</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>— not tied to a meeting —</source>
            <translation>— без привязки к встрече —</translation>
        </message>
        <message>
            <source>Edit outcome</source>
            <translation>Изменение результата</translation>
        </message>
        <message>
            <source>Log outcome</source>
            <translation>Новый результат</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>e.g. Supply of polypropylene hoses to Belarus</source>
            <translation>например, Поставка полипропиленовых шлангов в Беларусь</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Встреча</translation>
        </message>
        <message>
            <source>&amp;Counterparts</source>
            <translation>П&amp;артнёры</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Описание</translation>
        </message>
        <message>
            <source>Sect&amp;or</source>
            <translation>От&amp;расль</translation>
        </message>
        <message>
            <source>Co&amp;mmodity / product</source>
            <translation>Товар / продукци&amp;я</translation>
        </message>
        <message>
            <source>D&amp;irection</source>
            <translation>Направлени&amp;е</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Сумма</translation>
        </message>
        <message>
            <source>Exact amount, e.g. 1 250 000.00</source>
            <translation>Точная сумма, например 1 250 000,00</translation>
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation>Ва&amp;люта</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>Стат&amp;ус</translation>
        </message>
        <message>
            <source>Status &amp;note</source>
            <translation>&amp;Примечание к статусу</translation>
        </message>
        <message>
            <source>Why the status changed (kept in the history)</source>
            <translation>Почему изменился статус (сохраняется в истории)</translation>
        </message>
        <message>
            <source>Si&amp;gned</source>
            <translation>По&amp;дписано</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новый</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Choose a currency from the list, e.g. USD.</source>
            <translation>Выберите валюту из списка, например USD.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeKind</name>
        <message>
            <source>Agreement</source>
            <translation>Соглашение</translation>
        </message>
        <message>
            <source>Memorandum of understanding</source>
            <translation>Меморандум о взаимопонимании</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Контракт</translation>
        </message>
        <message>
            <source>Supply deal</source>
            <translation>Договор поставки</translation>
        </message>
        <message>
            <source>Joint project</source>
            <translation>Совместный проект</translation>
        </message>
        <message>
            <source>Intention</source>
            <translation>Намерение</translation>
        </message>
        <message>
            <source>Follow-up event</source>
            <translation>Последующее мероприятие</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>OutcomeStatus</name>
        <message>
            <source>Discussed</source>
            <translation>Обсуждён</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Согласован</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписан</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Выполнен</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Прекращён</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Change mission title</source>
            <translation>Изменение названия миссии</translation>
        </message>
        <message>
            <source>Mission title saved</source>
            <translation>Название миссии сохранено</translation>
        </message>
        <message>
            <source>Change mission kind</source>
            <translation>Изменение типа миссии</translation>
        </message>
        <message>
            <source>Mission kind saved</source>
            <translation>Тип миссии сохранён</translation>
        </message>
        <message>
            <source>Change mission status</source>
            <translation>Изменение статуса миссии</translation>
        </message>
        <message>
            <source>Mission status saved</source>
            <translation>Статус миссии сохранён</translation>
        </message>
        <message>
            <source>Change mission origin country</source>
            <translation>Изменение страны отправления</translation>
        </message>
        <message>
            <source>Mission origin country saved</source>
            <translation>Страна отправления сохранена</translation>
        </message>
        <message>
            <source>Change mission destination country</source>
            <translation>Изменение страны назначения</translation>
        </message>
        <message>
            <source>Mission destination country saved</source>
            <translation>Страна назначения сохранена</translation>
        </message>
        <message>
            <source>Change mission start date</source>
            <translation>Изменение даты начала миссии</translation>
        </message>
        <message>
            <source>Mission start date saved</source>
            <translation>Дата начала миссии сохранена</translation>
        </message>
        <message>
            <source>Change mission end date</source>
            <translation>Изменение даты окончания миссии</translation>
        </message>
        <message>
            <source>Mission end date saved</source>
            <translation>Дата окончания миссии сохранена</translation>
        </message>
        <message>
            <source>Change mission time zone</source>
            <translation>Изменение часового пояса миссии</translation>
        </message>
        <message>
            <source>Mission time zone saved</source>
            <translation>Часовой пояс миссии сохранён</translation>
        </message>
        <message>
            <source>Change mission objectives</source>
            <translation>Изменение целей миссии</translation>
        </message>
        <message>
            <source>Mission objectives saved</source>
            <translation>Цели миссии сохранены</translation>
        </message>
        <message>
            <source>Change mission notes</source>
            <translation>Изменение примечаний к миссии</translation>
        </message>
        <message>
            <source>Mission notes saved</source>
            <translation>Примечания к миссии сохранены</translation>
        </message>
        <message>
            <source>What the delegation wants to achieve</source>
            <translation>Чего делегация хочет добиться</translation>
        </message>
        <message>
            <source>Anything else worth remembering</source>
            <translation>Всё остальное, что важно не забыть</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Откуда → куда</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>&amp;Dates</source>
            <translation>&amp;Даты</translation>
        </message>
        <message>
            <source>Time &amp;zone</source>
            <translation>&amp;Часовой пояс</translation>
        </message>
        <message>
            <source>&amp;Objectives</source>
            <translation>&amp;Цели</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Примечания</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>В цифрах</translation>
        </message>
        <message>
            <source>Organizers and supporters</source>
            <translation>Организаторы и партнёры</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message numerus="yes">
            <source>city</source>
            <translation>
                <numerusform>город</numerusform>
                <numerusform>города</numerusform>
                <numerusform>городов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>cities</source>
            <translation>
                <numerusform>город</numerusform>
                <numerusform>города</numerusform>
                <numerusform>городов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>day(s)</source>
            <translation>
                <numerusform>день</numerusform>
                <numerusform>дня</numerusform>
                <numerusform>дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>delegate(s)</source>
            <translation>
                <numerusform>участник</numerusform>
                <numerusform>участника</numerusform>
                <numerusform>участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>meeting(s)</source>
            <translation>
                <numerusform>встреча</numerusform>
                <numerusform>встречи</numerusform>
                <numerusform>встреч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>site visit(s)</source>
            <translation>
                <numerusform>посещение предприятия</numerusform>
                <numerusform>посещения предприятий</numerusform>
                <numerusform>посещений предприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>outcome(s)</source>
            <translation>
                <numerusform>результат</numerusform>
                <numerusform>результата</numerusform>
                <numerusform>результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>open follow-up(s)</source>
            <translation>
                <numerusform>открытая задача</numerusform>
                <numerusform>открытые задачи</numerusform>
                <numerusform>открытых задач</numerusform>
            </translation>
        </message>
        <message>
            <source>Cities: {route}</source>
            <translation>Города: {route}</translation>
        </message>
        <message>
            <source>Created from: {title}</source>
            <translation>Создана на основе: {title}</translation>
        </message>
        <message>
            <source>Missions made from this one: {titles}</source>
            <translation>Миссии, созданные на основе этой: {titles}</translation>
        </message>
        <message>
            <source>That organization is already listed</source>
            <translation>Эта организация уже есть в списке</translation>
        </message>
        <message>
            <source>Add organizer</source>
            <translation>Добавление организатора</translation>
        </message>
        <message>
            <source>Remove organizer</source>
            <translation>Удаление организатора</translation>
        </message>
        <message>
            <source>Change organizer role</source>
            <translation>Изменение роли организатора</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRole</name>
        <message>
            <source>Head of delegation</source>
            <translation>Глава делегации</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Член делегации</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Переводчик</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Официальное лицо</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>Пресса</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsModel</name>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Компания</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
    </context>
    <context>
        <name>PeopleImport</name>
        <message>
            <source>Row {row}: {field}: {message}</source>
            <translation>Строка {row}: {field}: {message}</translation>
        </message>
        <message>
            <source>'{value}' is not a known country; use a name or a code such as TM.</source>
            <translation>«{value}» — неизвестная страна; укажите название или код, например TM.</translation>
        </message>
        <message>
            <source>'{value}' is not a delegation role; use one of: {choices}.</source>
            <translation>«{value}» — не роль в делегации; допустимые роли: {choices}.</translation>
        </message>
        <message>
            <source>'{value}' is not a kind of organization; use one of: {choices}.</source>
            <translation>«{value}» — не тип организации; допустимые типы: {choices}.</translation>
        </message>
        <message>
            <source>No column is recognised as the {field} column; rename the header of the column that holds it to one of these (capitals, spaces and punctuation do not matter): {headers}.</source>
            <translation>Ни один столбец не распознан как столбец «{field}»; переименуйте заголовок столбца с этими данными в один из следующих (регистр, пробелы и знаки препинания не важны): {headers}.</translation>
        </message>
        <message>
            <source>A column is mapped to two fields; map each column to one field.</source>
            <translation>Один столбец сопоставлен двум полям; сопоставьте каждый столбец только одному полю.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Строка</translation>
        </message>
        <message>
            <source>{file}: {problems} The columns found are: {columns}.</source>
            <translation>{file}: {problems} Найденные столбцы: {columns}.</translation>
        </message>
        <message>
            <source>Reading the directory…</source>
            <translation>Чтение справочника…</translation>
        </message>
        <message>
            <source>Matching people with the directory…</source>
            <translation>Сопоставление людей со справочником…</translation>
        </message>
        <message>
            <source>Matching organizations with the directory…</source>
            <translation>Сопоставление организаций со справочником…</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>строка {row}</translation>
        </message>
        <message>
            <source>'{name}' cannot be imported; nothing was imported:</source>
            <translation>«{name}» невозможно импортировать; ничего не импортировано:</translation>
        </message>
        <message>
            <source>'{name}' is already in row {row}</source>
            <translation>«{name}» уже есть в строке {row}</translation>
        </message>
        <message numerus="yes">
            <source>%n added to the delegation</source>
            <translation>
                <numerusform>в делегацию добавлен %n участник</numerusform>
                <numerusform>в делегацию добавлено %n участника</numerusform>
                <numerusform>в делегацию добавлено %n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s) created</source>
            <translation>
                <numerusform>создан %n контакт</numerusform>
                <numerusform>создано %n контакта</numerusform>
                <numerusform>создано %n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n matched</source>
            <translation>
                <numerusform>%n совпадение со справочником</numerusform>
                <numerusform>%n совпадения со справочником</numerusform>
                <numerusform>%n совпадений со справочником</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) created</source>
            <translation>
                <numerusform>создана %n организация</numerusform>
                <numerusform>создано %n организации</numerusform>
                <numerusform>создано %n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) skipped</source>
            <translation>
                <numerusform>пропущена %n строка</numerusform>
                <numerusform>пропущено %n строки</numerusform>
                <numerusform>пропущено %n строк</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{file} has %n row(s) with problems; nothing was imported:</source>
            <translation>
                <numerusform>В файле {file} %n строка с ошибками; ничего не импортировано:</numerusform>
                <numerusform>В файле {file} %n строки с ошибками; ничего не импортировано:</numerusform>
                <numerusform>В файле {file} %n строк с ошибками; ничего не импортировано:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleImportFields</name>
        <message>
            <source>Name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Choose the column that holds the name.</source>
            <translation>Выберите столбец с ФИО.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Страна</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Mission Planner will speak {language} from its next start.</source>
            <translation>Язык интерфейса «{language}» будет включён при следующем запуске Mission Planner.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>As the system ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <source>The language of menus, messages and new reports</source>
            <translation>Язык меню, сообщений и новых отчётов</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Travel estimates by mode</source>
            <translation>Оценка времени в пути по видам транспорта</translation>
        </message>
        <message>
            <source>&lt;b&gt;Mode&lt;/b&gt;</source>
            <translation>&lt;b&gt;Вид транспорта&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Average speed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Средняя скорость&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Fixed overhead&lt;/b&gt;</source>
            <translation>&lt;b&gt;Постоянные затраты времени&lt;/b&gt;</translation>
        </message>
        <message>
            <source> km/h</source>
            <translation> км/ч</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Roads and rails are longer than the straight line between two cities</source>
            <translation>Путь по автомобильным и железным дорогам длиннее прямой линии между городами</translation>
        </message>
        <message>
            <source>Road detour factor</source>
            <translation>Коэффициент удлинения пути</translation>
        </message>
        <message>
            <source> km</source>
            <translation> км</translation>
        </message>
        <message>
            <source>With no travel leg planned, longer distances are assumed to be flown</source>
            <translation>Если переезд не запланирован, большие расстояния считаются перелётом</translation>
        </message>
        <message>
            <source>Assume a flight from</source>
            <translation>Считать перелётом от</translation>
        </message>
        <message>
            <source>Transfer within a city</source>
            <translation>Переезд внутри города</translation>
        </message>
        <message>
            <source> h</source>
            <translation> ч</translation>
        </message>
        <message>
            <source>Longest reasonable day</source>
            <translation>Максимальная продолжительность дня</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>{time} (+{days}d)</source>
            <translation>{time} (+{days} дн.)</translation>
        </message>
        <message>
            <source>{list} and {last}</source>
            <translation>{list} и {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n itinerary item(s)</source>
            <translation>
                <numerusform>%n пункт программы</numerusform>
                <numerusform>%n пункта программы</numerusform>
                <numerusform>%n пунктов программы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n задача</numerusform>
                <numerusform>%n задачи</numerusform>
                <numerusform>%n задач</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <source>Cancelled; nothing was changed.</source>
            <translation>Отменено; ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>A personal itinerary needs a participant; choose one.</source>
            <translation>Для личной программы нужен участник делегации; выберите его.</translation>
        </message>
        <message>
            <source>(unknown person)</source>
            <translation>(неизвестное лицо)</translation>
        </message>
        <message>
            <source>Departs {zone}</source>
            <translation>Отправление: {zone}</translation>
        </message>
        <message>
            <source>Arrives {zone}</source>
            <translation>Прибытие: {zone}</translation>
        </message>
        <message>
            <source>No participant '{text}' in the delegation of '{mission}'.</source>
            <translation>В делегации миссии «{mission}» нет участника «{text}».</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Страна пребывания</translation>
        </message>
        <message>
            <source>Delegation from</source>
            <translation>Страна делегации</translation>
        </message>
        <message>
            <source>Organizers</source>
            <translation>Организаторы</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation>Глава делегации</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Состав делегации</translation>
        </message>
        <message>
            <source>Local time</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <source>Prepared on {date}</source>
            <translation>Дата подготовки: {date}</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Программа пребывания</translation>
        </message>
        <message>
            <source>Personal itinerary</source>
            <translation>Личная программа</translation>
        </message>
        <message>
            <source>All times are local. Times are {zone} unless another zone is named.</source>
            <translation>Везде указано местное время; если часовой пояс не назван, это {zone}.</translation>
        </message>
        <message>
            <source>Done {date}</source>
            <translation>Выполнена {date}</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочена</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <source>both ways ({home} ↔ {host})</source>
            <translation>в обе стороны ({home} ↔ {host})</translation>
        </message>
        <message>
            <source>both ways</source>
            <translation>в обе стороны</translation>
        </message>
        <message>
            <source>{count} discussed</source>
            <translation>обсуждено — {count}</translation>
        </message>
        <message>
            <source>{count} agreed</source>
            <translation>согласовано — {count}</translation>
        </message>
        <message>
            <source>{count} signed</source>
            <translation>подписано — {count}</translation>
        </message>
        <message>
            <source>{count} in progress</source>
            <translation>выполняется — {count}</translation>
        </message>
        <message>
            <source>{count} completed</source>
            <translation>выполнено — {count}</translation>
        </message>
        <message>
            <source>{count} dropped</source>
            <translation>отклонено — {count}</translation>
        </message>
        <message>
            <source>No outcomes have been recorded for this mission yet.</source>
            <translation>По этой миссии пока не зафиксировано ни одного результата.</translation>
        </message>
        <message>
            <source>Outcomes report</source>
            <translation>Отчёт о результатах</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Миссия</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Host briefing</source>
            <translation>Справка о принимающей стороне</translation>
        </message>
        <message>
            <source>Mission summary</source>
            <translation>Сводка по миссии</translation>
        </message>
        <message>
            <source>{place} time ({offset})</source>
            <translation>время {place} ({offset})</translation>
        </message>
        <message>
            <source>{zone_place} time ({offset})</source>
            <translation>{zone_place} ({offset})</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Commodity</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Направление торговли</translation>
        </message>
        <message numerus="yes">
            <source>Writing %n page(s)…</source>
            <translation>
                <numerusform>Запись %n страницы…</numerusform>
                <numerusform>Запись %n страниц…</numerusform>
                <numerusform>Запись %n страниц…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot start painting on the output device (is the file writable?).</source>
            <translation>Не удаётся начать вывод на устройство (доступен ли файл для записи?).</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Стр. {page} из {pages}</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Вёрстка страниц…</translation>
        </message>
        <message>
            <source>Cannot write a report to '{name}': use a {choices} file.</source>
            <translation>Не удаётся сохранить отчёт в «{name}»: выберите файл {choices}.</translation>
        </message>
        <message>
            <source>Prepared for &lt;b&gt;{name}&lt;/b&gt;</source>
            <translation>Участник: &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Цели</translation>
        </message>
        <message>
            <source>(local times)</source>
            <translation>(время местное)</translation>
        </message>
        <message>
            <source>Ref. &lt;b&gt;{reference}&lt;/b&gt;</source>
            <translation>№ &lt;b&gt;{reference}&lt;/b&gt;</translation>
        </message>
        <message numerus="yes">
            <source>Host(s):</source>
            <translation>
                <numerusform>Принимающая сторона:</numerusform>
                <numerusform>Принимающая сторона:</numerusform>
                <numerusform>Принимающая сторона:</numerusform>
            </translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>Контактное лицо:</translation>
        </message>
        <message>
            <source>Attending:</source>
            <translation>Участвуют:</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>пока никто</translation>
        </message>
        <message>
            <source>Hosts in order of meeting</source>
            <translation>Принимающие организации в порядке встреч</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>Первая встреча</translation>
        </message>
        <message>
            <source>No host organizations are recorded on this mission's itinerary yet.</source>
            <translation>В программе миссии пока не указано ни одной принимающей организации.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Местонахождение</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Отрасли</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Сайт</translation>
        </message>
        <message>
            <source>Who they are</source>
            <translation>Об организации</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>speaks {languages}</source>
            <translation>языки: {languages}</translation>
        </message>
        <message>
            <source>No contact person recorded; ask the organizers.</source>
            <translation>Контактное лицо не указано; уточните у организаторов.</translation>
        </message>
        <message>
            <source>When we meet them</source>
            <translation>Встречи в программе</translation>
        </message>
        <message>
            <source>Outcomes with them on this mission</source>
            <translation>Результаты миссии с этой организацией</translation>
        </message>
        <message>
            <source>History with us</source>
            <translation>История сотрудничества</translation>
        </message>
        <message>
            <source>No earlier mission worked with this organization.</source>
            <translation>В прежних миссиях с этой организацией не работали.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ф. И. О.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа пребывания</translation>
        </message>
        <message>
            <source>No scheduled programme.</source>
            <translation>Мероприятия не запланированы.</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <source>Other contacts</source>
            <translation>Другие контакты</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Total value</source>
            <translation>Общая сумма</translation>
        </message>
        <message>
            <source>Signed or under way</source>
            <translation>Подписано или выполняется</translation>
        </message>
        <message>
            <source>Amounts are totalled per currency and never converted; dropped outcomes are left out.</source>
            <translation>Суммы подсчитаны отдельно по каждой валюте, без пересчёта; отклонённые результаты не учитываются.</translation>
        </message>
        <message>
            <source>No amounts have been recorded.</source>
            <translation>Суммы не указаны.</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Встреча:</translation>
        </message>
        <message>
            <source>Follow-up:</source>
            <translation>Задача:</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>срок {date}</translation>
        </message>
        <message>
            <source>With:</source>
            <translation>Партнёры:</translation>
        </message>
        <message>
            <source>Signed:</source>
            <translation>Подписано:</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Задачи</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n просрочена</numerusform>
                <numerusform>%n просрочены</numerusform>
                <numerusform>%n просрочено</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open, {overdue}.</source>
            <translation>
                <numerusform>Открытых задач: %n, из них {overdue}.</numerusform>
                <numerusform>Открытых задач: %n, из них {overdue}.</numerusform>
                <numerusform>Открытых задач: %n, из них {overdue}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open.</source>
            <translation>
                <numerusform>Открытых задач: %n.</numerusform>
                <numerusform>Открытых задач: %n.</numerusform>
                <numerusform>Открытых задач: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>No follow-ups recorded.</source>
            <translation>Задач нет.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Meetings and negotiations</source>
            <translation>Встречи и переговоры</translation>
        </message>
        <message>
            <source>Site visits</source>
            <translation>Посещения предприятий</translation>
        </message>
        <message>
            <source>Exhibitions and events</source>
            <translation>Выставки и мероприятия</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Дальнейшие задачи</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дня</numerusform>
                <numerusform>%n дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s) recorded: {statuses}.</source>
            <translation>
                <numerusform>Зафиксирован %n результат: {statuses}.</numerusform>
                <numerusform>Зафиксировано %n результата: {statuses}.</numerusform>
                <numerusform>Зафиксировано %n результатов: {statuses}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{text}' matches %n participant(s); type more.</source>
            <translation>
                <numerusform>Под «{text}» подходит %n участник; введите больше символов.</numerusform>
                <numerusform>Под «{text}» подходят %n участника; введите больше символов.</numerusform>
                <numerusform>Под «{text}» подходят %n участников; введите больше символов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Print or export a report</source>
            <translation>Печать и экспорт отчёта</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Отчёт</translation>
        </message>
        <message>
            <source>&amp;Participant</source>
            <translation>&amp;Участник</translation>
        </message>
        <message>
            <source>P&amp;aper</source>
            <translation>Формат &amp;бумаги</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Preview and print…</source>
            <translation>Просмотр и печать…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Save as HTML…</source>
            <translation>Сохранить в HTML…</translation>
        </message>
        <message>
            <source>This mission has no delegation yet: add people on the Delegation tab.</source>
            <translation>В этой миссии пока нет делегации: добавьте участников на вкладке «Делегация».</translation>
        </message>
        <message>
            <source>Cannot build the report</source>
            <translation>Не удалось сформировать отчёт</translation>
        </message>
        <message>
            <source>Print preview – {report}</source>
            <translation>Предварительный просмотр – {report}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Веб-страницы (*.html)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Сохранение отчёта</translation>
        </message>
        <message>
            <source>Writing {report}…</source>
            <translation>Формирование: {report}…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Отменено; файл не создан.</translation>
        </message>
        <message>
            <source>Cannot save the report</source>
            <translation>Не удалось сохранить отчёт</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Mission Planner backups (*.db *.sqlite);;All files (*)</source>
            <translation>Резервные копии Mission Planner (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановление из резервной копии</translation>
        </message>
        <message>
            <source>Restoring replaces everything in {database} with the backup's content.
The current content is backed up first, so a restore can itself be undone.</source>
            <translation>При восстановлении всё содержимое базы данных {database} заменяется содержимым резервной копии.
Текущее содержимое предварительно сохраняется в резервную копию, поэтому восстановление тоже можно отменить.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Миссии</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>unusable</source>
            <translation>непригодна</translation>
        </message>
        <message>
            <source>There are no backups beside this database yet; choose a backup file instead.</source>
            <translation>Рядом с этой базой данных пока нет резервных копий; выберите файл резервной копии вручную.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Восстановить</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Выбрать &amp;файл…</translation>
        </message>
        <message>
            <source>Restore from backup file</source>
            <translation>Восстановление из файла резервной копии</translation>
        </message>
    </context>
    <context>
        <name>SearchField</name>
        <message>
            <source>Search everything (Ctrl+F)</source>
            <translation>Поиск везде (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Missions</source>
            <translation>Миссии</translation>
        </message>
        <message>
            <source>Organizations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Контакты</translation>
        </message>
        <message>
            <source>Itinerary items</source>
            <translation>Пункты программы</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>{group} ({count})</source>
            <translation>{group} ({count})</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source>No organization with id '{id}'; choose an existing organization.</source>
            <translation>Организация с идентификатором «{id}» не найдена; выберите существующую организацию.</translation>
        </message>
        <message>
            <source>No contact with id '{id}'; choose an existing contact.</source>
            <translation>Контакт с идентификатором «{id}» не найден; выберите существующий контакт.</translation>
        </message>
        <message>
            <source>No mission with id '{id}'; choose an existing mission.</source>
            <translation>Миссия с идентификатором «{id}» не найдена; выберите существующую миссию.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n контакт</numerusform>
                <numerusform>%n контакта</numerusform>
                <numerusform>%n контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organized mission(s)</source>
            <translation>
                <numerusform>%n миссия (как организатор)</numerusform>
                <numerusform>%n миссии (как организатор)</numerusform>
                <numerusform>%n миссий (как организатор)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hosted item(s)</source>
            <translation>
                <numerusform>%n пункт программы (как принимающая сторона)</numerusform>
                <numerusform>%n пункта программы (как принимающая сторона)</numerusform>
                <numerusform>%n пунктов программы (как принимающая сторона)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n outcome(s)</source>
            <translation>
                <numerusform>%n результат</numerusform>
                <numerusform>%n результата</numerusform>
                <numerusform>%n результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n delegation(s)</source>
            <translation>
                <numerusform>%n делегация</numerusform>
                <numerusform>%n делегации</numerusform>
                <numerusform>%n делегаций</numerusform>
            </translation>
        </message>
        <message>
            <source>'{name}' is still used by {where}; remove those references first.</source>
            <translation>«{name}» ещё используется: {where}; сначала удалите эти ссылки.</translation>
        </message>
        <message>
            <source>Reference data already has {city} in {country}; this city will be used instead of it wherever that name is given.</source>
            <translation>В справочных данных уже есть город {city} ({country}); везде, где указано это название, вместо него будет использоваться ваш город.</translation>
        </message>
        <message>
            <source>Cities from reference data cannot be changed or deleted; add a city of your own instead.</source>
            <translation>Города из справочных данных нельзя изменить или удалить; вместо этого добавьте собственный город.</translation>
        </message>
        <message>
            <source>Participant '{id}' is not in this mission's delegation.</source>
            <translation>Участника «{id}» нет в делегации этой миссии.</translation>
        </message>
        <message>
            <source>The mission '{title}' is already in this database; import it as a copy instead.</source>
            <translation>Миссия «{title}» уже есть в этой базе данных; импортируйте её как копию.</translation>
        </message>
        <message>
            <source>This person is already in the delegation.</source>
            <translation>Этот человек уже входит в делегацию.</translation>
        </message>
        <message>
            <source>Templates have no outcomes; log it on a mission made from the template.</source>
            <translation>У шаблонов не бывает результатов; внесите результат в миссию, созданную на основе шаблона.</translation>
        </message>
        <message>
            <source>The meeting is not part of this mission; choose one of its items.</source>
            <translation>Эта встреча не относится к данной миссии; выберите один из пунктов её программы.</translation>
        </message>
        <message>
            <source>The outcome is not part of this mission; choose one of its outcomes.</source>
            <translation>Этот результат не относится к данной миссии; выберите один из её результатов.</translation>
        </message>
        <message>
            <source>The longest day must be between 1 and 24 hours.</source>
            <translation>Максимальная продолжительность дня должна быть от 1 до 24 часов.</translation>
        </message>
        <message>
            <source>The transfer time must be between 0 and 6 hours.</source>
            <translation>Время переезда внутри города должно быть от 0 до 6 часов.</translation>
        </message>
        <message>
            <source>Title is required; enter a title for the template.</source>
            <translation>Укажите название шаблона.</translation>
        </message>
        <message numerus="yes">
            <source>'{text}' matches %n mission(s); type more of the id.</source>
            <translation>
                <numerusform>Под «{text}» подходит %n миссия; введите идентификатор полнее.</numerusform>
                <numerusform>Под «{text}» подходят %n миссии; введите идентификатор полнее.</numerusform>
                <numerusform>Под «{text}» подходят %n миссий; введите идентификатор полнее.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{title}' has %n follow-up(s) and templates have none; save a template copy instead.</source>
            <translation>
                <numerusform>У миссии «{title}» %n задача, а у шаблонов задач не бывает; сохраните как шаблон копию миссии.</numerusform>
                <numerusform>У миссии «{title}» %n задачи, а у шаблонов задач не бывает; сохраните как шаблон копию миссии.</numerusform>
                <numerusform>У миссии «{title}» %n задач, а у шаблонов задач не бывает; сохраните как шаблон копию миссии.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>'{title}' has %n outcome(s) and templates have no outcomes; save a template copy instead.</source>
            <translation>
                <numerusform>У миссии «{title}» %n результат, а у шаблонов результатов не бывает; сохраните как шаблон копию миссии.</numerusform>
                <numerusform>У миссии «{title}» %n результата, а у шаблонов результатов не бывает; сохраните как шаблон копию миссии.</numerusform>
                <numerusform>У миссии «{title}» %n результатов, а у шаблонов результатов не бывает; сохраните как шаблон копию миссии.</numerusform>
            </translation>
        </message>
        <message>
            <source>The reference cities file {path} is missing or damaged ({reason}); reinstall Mission Planner.</source>
            <translation>Файл справочника городов {path} отсутствует или повреждён ({reason}); переустановите Mission Planner.</translation>
        </message>
    </context>
    <context>
        <name>Sheets</name>
        <message>
            <source>Itinerary</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>День</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Дата окончания</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Окончание</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Часовой пояс</translation>
        </message>
        <message>
            <source>End time zone</source>
            <translation>Часовой пояс окончания</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Принимающая сторона</translation>
        </message>
        <message>
            <source>Host contacts</source>
            <translation>Контакты принимающей стороны</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Travel mode</source>
            <translation>Вид транспорта</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Откуда</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Куда</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Номер рейса / поезда, бронь</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Повестка</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Whole delegation</source>
            <translation>Вся делегация</translation>
        </message>
        <message>
            <source>Counterparts</source>
            <translation>Партнёры</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Отрасль</translation>
        </message>
        <message>
            <source>Commodity</source>
            <translation>Товар</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Направление</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Валюта</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Дата подписания</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Дата выполнения</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Задачи</translation>
        </message>
        <message>
            <source>Cannot write a spreadsheet to '{name}': use a {choices} file.</source>
            <translation>Не удаётся сохранить таблицу в «{name}»: выберите файл {choices}.</translation>
        </message>
    </context>
    <context>
        <name>Short months in a date</name>
        <message>
            <source>Jan</source>
            <translation>янв.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>февр.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>мар.</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>апр.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>мая</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>июн.</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>июл.</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>авг.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>сент.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>окт.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>нояб.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>дек.</translation>
        </message>
    </context>
    <context>
        <name>SnapshotValidation</name>
        <message>
            <source>refers to organization '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на организацию «{id}», которой нет в файле; добавьте её или удалите ссылку.</translation>
        </message>
        <message>
            <source>refers to contact '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на контакт «{id}», которого нет в файле; добавьте его или удалите ссылку.</translation>
        </message>
        <message>
            <source>refers to mission '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на миссию «{id}», которой нет в файле; добавьте её или удалите ссылку.</translation>
        </message>
        <message>
            <source>refers to participant '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на участника «{id}», которого нет в файле; добавьте его или удалите ссылку.</translation>
        </message>
        <message>
            <source>refers to item '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на пункт программы «{id}», которого нет в файле; добавьте его или удалите ссылку.</translation>
        </message>
        <message>
            <source>refers to outcome '{id}', which is not in the file; add it or remove the reference.</source>
            <translation>ссылается на результат «{id}», которого нет в файле; добавьте его или удалите ссылку.</translation>
        </message>
        <message>
            <source>id '{id}' is used twice; ids must be unique.</source>
            <translation>идентификатор «{id}» встречается дважды; идентификаторы должны быть уникальными.</translation>
        </message>
        <message>
            <source>this person is in the delegation twice; keep one entry.</source>
            <translation>этот человек включён в делегацию дважды; оставьте одну запись.</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>Cannot back up {path} onto itself; choose another file.</source>
            <translation>Нельзя сохранить резервную копию файла {path} поверх него самого; выберите другой файл.</translation>
        </message>
        <message>
            <source>Could not write the backup {path}: {error}.</source>
            <translation>Не удалось записать резервную копию {path}: {error}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is not a Mission Planner database (not an SQLite file). It was left untouched; choose another file, or restore it from a backup.</source>
            <translation>Не удаётся открыть файл {path}: это не база данных Mission Planner (не файл SQLite). Файл не изменён; выберите другой файл или восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is damaged (the file is truncated). It was left untouched; choose another file, or restore it from a backup.</source>
            <translation>Не удаётся открыть файл {path}: он повреждён (файл усечён). Файл не изменён; выберите другой файл или восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file. Choose a file name.</source>
            <translation>{path} — это папка, а не файл базы данных. Укажите имя файла.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {error}. Check the file's permissions.</source>
            <translation>Не удаётся прочитать файл {path}: {error}. Проверьте права доступа к файлу.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is damaged ({error}). It was left untouched; restore it from a backup.</source>
            <translation>Не удаётся открыть файл {path}: он повреждён ({error}). Файл не изменён; восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it is an SQLite database of another program, not a Mission Planner database. It was left untouched; choose another file.</source>
            <translation>Не удаётся открыть файл {path}: это база данных SQLite другой программы, а не Mission Planner. Файл не изменён; выберите другой файл.</translation>
        </message>
        <message>
            <source>Cannot open {path}: it was written by a newer version of Mission Planner. It was left untouched; update Mission Planner to open it.</source>
            <translation>Не удаётся открыть файл {path}: он создан более новой версией Mission Planner. Файл не изменён; чтобы открыть его, обновите Mission Planner.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the file is read-only. Make it writable, or copy the database somewhere you can write to.</source>
            <translation>Не удаётся открыть файл {path}: файл доступен только для чтения. Разрешите запись в него или скопируйте базу данных в папку, доступную для записи.</translation>
        </message>
        <message>
            <source>Cannot open {path}: the folder is read-only. Make it writable, or copy the database somewhere you can write to.</source>
            <translation>Не удаётся открыть файл {path}: папка доступна только для чтения. Разрешите запись в неё или скопируйте базу данных в папку, доступную для записи.</translation>
        </message>
        <message>
            <source>Cannot create the folder for {path}: {error}.</source>
            <translation>Не удаётся создать папку для файла {path}: {error}.</translation>
        </message>
        <message>
            <source>Cannot open {path}: {error}.</source>
            <translation>Не удаётся открыть файл {path}: {error}.</translation>
        </message>
        <message>
            <source>{path} is busy: another Mission Planner window or command is writing to it. Try again in a moment.</source>
            <translation>Файл {path} занят: в него записывает другое окно или команда Mission Planner. Повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>{path} is read-only; make it writable and try again.</source>
            <translation>Файл {path} доступен только для чтения; разрешите запись в него и повторите попытку.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; free some space and try again.</source>
            <translation>Диск, на котором находится файл {path}, заполнен; освободите место и повторите попытку.</translation>
        </message>
        <message>
            <source>Database error in {path}: {error}.</source>
            <translation>Ошибка базы данных в файле {path}: {error}.</translation>
        </message>
        <message>
            <source>{path} is damaged ({error}); nothing was saved. Restore it from a backup.</source>
            <translation>Файл {path} повреждён ({error}); ничего не сохранено. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: it is a folder, not a backup file. Choose a backup file in it.</source>
            <translation>Не удаётся восстановить данные из {path}: это папка, а не файл резервной копии. Выберите файл резервной копии в ней.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: there is no such file. Choose an existing backup.</source>
            <translation>Не удаётся восстановить данные из файла {path}: такого файла нет. Выберите существующую резервную копию.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: it is not a valid Mission Planner backup ({reason}) Nothing was changed.</source>
            <translation>Не удаётся восстановить данные из файла {path}: файл не является корректной резервной копией Mission Planner ({reason}) Ничего не изменено.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: the file is empty, not a Mission Planner backup. Nothing was changed.</source>
            <translation>Не удаётся восстановить данные из файла {path}: файл пуст и не является резервной копией Mission Planner. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: it is not a valid Mission Planner backup ({error}). Nothing was changed.</source>
            <translation>Не удаётся восстановить данные из файла {path}: файл не является корректной резервной копией Mission Planner ({error}). Ничего не изменено.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: it is not a Mission Planner backup. Nothing was changed.</source>
            <translation>Не удаётся восстановить данные из файла {path}: файл не является резервной копией Mission Planner. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: the backup itself is damaged ({error}). Choose another backup.</source>
            <translation>Не удаётся восстановить данные из файла {path}: сама резервная копия повреждена ({error}). Выберите другую резервную копию.</translation>
        </message>
        <message>
            <source>Cannot restore from {path}: it lacks tables or columns that Mission Planner needs ({missing}). Nothing was changed; choose another backup.</source>
            <translation>Не удаётся восстановить данные из файла {path}: в нём нет таблиц или столбцов, нужных Mission Planner ({missing}). Ничего не изменено; выберите другую резервную копию.</translation>
        </message>
        <message>
            <source>Could not keep a copy of {path} before restoring ({error}); nothing was changed.</source>
            <translation>Не удалось сохранить копию файла {path} перед восстановлением ({error}); ничего не изменено.</translation>
        </message>
        <message>
            <source>Cannot restore {path} from itself; choose a backup file.</source>
            <translation>Нельзя восстановить файл {path} из него самого; выберите файл резервной копии.</translation>
        </message>
        <message>
            <source>{path} is busy: another Mission Planner window or command is writing to it. Nothing was restored; try again in a moment.</source>
            <translation>Файл {path} занят: в него записывает другое окно или команда Mission Planner. Ничего не восстановлено; повторите попытку чуть позже.</translation>
        </message>
        <message>
            <source>Could not restore {path}: {error}. Its backup is {backup}.</source>
            <translation>Не удалось восстановить файл {path}: {error}. Резервная копия его прежнего содержимого: {backup}.</translation>
        </message>
        <message>
            <source>The change was refused by the database ({error}); nothing was saved.</source>
            <translation>База данных отклонила изменение ({error}); ничего не сохранено.</translation>
        </message>
        <message>
            <source>{table} row {row} refers to a missing {parent} record</source>
            <translation>строка {row} таблицы {table} ссылается на отсутствующую запись таблицы {parent}</translation>
        </message>
        <message>
            <source>the database file is damaged ({error}); restore it from a backup</source>
            <translation>файл базы данных повреждён ({error}); восстановите его из резервной копии</translation>
        </message>
        <message>
            <source>the search index of {table} is out of date (run doctor --repair)</source>
            <translation>поисковый индекс таблицы {table} устарел (выполните doctor --repair)</translation>
        </message>
        <message>
            <source>the table {table} is missing; restore the database from a backup</source>
            <translation>отсутствует таблица {table}; восстановите базу данных из резервной копии</translation>
        </message>
        <message>
            <source>the column {column} of the table {table} is missing; restore the database from a backup</source>
            <translation>отсутствует столбец {column} таблицы {table}; восстановите базу данных из резервной копии</translation>
        </message>
    </context>
    <context>
        <name>Summary</name>
        <message>
            <source>on a trade mission</source>
            <translation>в рамках торговой миссии</translation>
        </message>
        <message>
            <source>on an official visit</source>
            <translation>с официальным визитом</translation>
        </message>
        <message>
            <source>on a working visit</source>
            <translation>с рабочим визитом</translation>
        </message>
        <message>
            <source>to take part in an exhibition</source>
            <translation>для участия в выставке</translation>
        </message>
        <message>
            <source>to take part in a forum</source>
            <translation>для участия в форуме</translation>
        </message>
        <message>
            <source>on a visit</source>
            <translation>с визитом</translation>
        </message>
        <message>
            <source>the {name}</source>
            <translation>{name}</translation>
        </message>
        <message>
            <source>{phrases} {phrase}</source>
            <translation>{phrases}; {phrase}</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n соглашение</numerusform>
                <numerusform>%n соглашения</numerusform>
                <numerusform>%n соглашений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n memorandum(s) of understanding</source>
            <translation>
                <numerusform>%n меморандум о взаимопонимании</numerusform>
                <numerusform>%n меморандума о взаимопонимании</numerusform>
                <numerusform>%n меморандумов о взаимопонимании</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n contract(s)</source>
            <translation>
                <numerusform>%n контракт</numerusform>
                <numerusform>%n контракта</numerusform>
                <numerusform>%n контрактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supply deal(s)</source>
            <translation>
                <numerusform>%n договор поставки</numerusform>
                <numerusform>%n договора поставки</numerusform>
                <numerusform>%n договоров поставки</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n joint project(s)</source>
            <translation>
                <numerusform>%n совместный проект</numerusform>
                <numerusform>%n совместных проекта</numerusform>
                <numerusform>%n совместных проектов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n intention(s)</source>
            <translation>
                <numerusform>%n намерение</numerusform>
                <numerusform>%n намерения</numerusform>
                <numerusform>%n намерений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n follow-up event(s)</source>
            <translation>
                <numerusform>%n последующее мероприятие</numerusform>
                <numerusform>%n последующих мероприятия</numerusform>
                <numerusform>%n последующих мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other(s)</source>
            <translation>
                <numerusform>%n прочий результат</numerusform>
                <numerusform>%n прочих результата</numerusform>
                <numerusform>%n прочих результатов</numerusform>
            </translation>
        </message>
        <message>
            <source>its destination</source>
            <translation>пункт назначения</translation>
        </message>
        <message>
            <source>{dates}, a business delegation from {origin} visited {destination} {purpose} {organizers}.</source>
            <translation>{dates} состоялась поездка деловой делегации {purpose} по маршруту {origin} — {destination} ({organizers}).</translation>
        </message>
        <message>
            <source>{dates}, a business delegation from {origin} visited {destination} {purpose}.</source>
            <translation>{dates} состоялась поездка деловой делегации {purpose} по маршруту {origin} — {destination}.</translation>
        </message>
        <message>
            <source>{dates}, a business delegation visited {destination} {purpose} {organizers}.</source>
            <translation>{dates} состоялась поездка деловой делегации {purpose}; направление — {destination} ({organizers}).</translation>
        </message>
        <message>
            <source>{dates}, a business delegation visited {destination} {purpose}.</source>
            <translation>{dates} состоялась поездка деловой делегации {purpose}; направление — {destination}.</translation>
        </message>
        <message>
            <source>{dates}, a business delegation from {origin} will visit {destination} {purpose} {organizers}.</source>
            <translation>{dates} состоится поездка деловой делегации {purpose} по маршруту {origin} — {destination} ({organizers}).</translation>
        </message>
        <message>
            <source>{dates}, a business delegation from {origin} will visit {destination} {purpose}.</source>
            <translation>{dates} состоится поездка деловой делегации {purpose} по маршруту {origin} — {destination}.</translation>
        </message>
        <message>
            <source>{dates}, a business delegation will visit {destination} {purpose} {organizers}.</source>
            <translation>{dates} состоится поездка деловой делегации {purpose}; направление — {destination} ({organizers}).</translation>
        </message>
        <message>
            <source>{dates}, a business delegation will visit {destination} {purpose}.</source>
            <translation>{dates} состоится поездка деловой делегации {purpose}; направление — {destination}.</translation>
        </message>
        <message>
            <source>The mission aimed to {objectives}.</source>
            <translation>Цель миссии — {objectives}.</translation>
        </message>
        <message>
            <source>The mission aims to {objectives}.</source>
            <translation>Цель миссии — {objectives}.</translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprised %n member(s) from {organizations} and was headed by {head}.</source>
            <translation>
                <numerusform>В состав делегации вошёл %n человек из {organizations}; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации вошли %n человека из {organizations}; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации вошли %n человек из {organizations}; глава делегации — {head}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprised %n member(s) from {organizations}.</source>
            <translation>
                <numerusform>В состав делегации вошёл %n человек из {organizations}.</numerusform>
                <numerusform>В состав делегации вошли %n человека из {organizations}.</numerusform>
                <numerusform>В состав делегации вошли %n человек из {organizations}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprised %n member(s) and was headed by {head}.</source>
            <translation>
                <numerusform>В состав делегации вошёл %n человек; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации вошли %n человека; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации вошли %n человек; глава делегации — {head}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprised %n member(s).</source>
            <translation>
                <numerusform>В состав делегации вошёл %n человек.</numerusform>
                <numerusform>В состав делегации вошли %n человека.</numerusform>
                <numerusform>В состав делегации вошли %n человек.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprises %n member(s) from {organizations} and is headed by {head}.</source>
            <translation>
                <numerusform>В состав делегации входит %n человек из {organizations}; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации входят %n человека из {organizations}; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации входят %n человек из {organizations}; глава делегации — {head}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprises %n member(s) from {organizations}.</source>
            <translation>
                <numerusform>В состав делегации входит %n человек из {organizations}.</numerusform>
                <numerusform>В состав делегации входят %n человека из {organizations}.</numerusform>
                <numerusform>В состав делегации входят %n человек из {organizations}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprises %n member(s) and is headed by {head}.</source>
            <translation>
                <numerusform>В состав делегации входит %n человек; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации входят %n человека; глава делегации — {head}.</numerusform>
                <numerusform>В состав делегации входят %n человек; глава делегации — {head}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The delegation comprises %n member(s).</source>
            <translation>
                <numerusform>В состав делегации входит %n человек.</numerusform>
                <numerusform>В состав делегации входят %n человека.</numerusform>
                <numerusform>В состав делегации входят %n человек.</numerusform>
            </translation>
        </message>
        <message>
            <source>The programme took the delegation to {cities}.</source>
            <translation>Маршрут программы: {cities}.</translation>
        </message>
        <message>
            <source>The programme takes the delegation to {cities}.</source>
            <translation>Маршрут программы: {cities}.</translation>
        </message>
        <message>
            <source>The programme was held in {city}.</source>
            <translation>Место проведения программы — {city}.</translation>
        </message>
        <message>
            <source>The programme is held in {city}.</source>
            <translation>Место проведения программы — {city}.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting or negotiation</source>
            <translation>
                <numerusform>%n встречу или переговоры</numerusform>
                <numerusform>%n встречи или переговоры</numerusform>
                <numerusform>%n встреч или переговоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meetings and negotiations</source>
            <translation>
                <numerusform>%n встречу или переговоры</numerusform>
                <numerusform>%n встречи и переговоры</numerusform>
                <numerusform>%n встреч и переговоров</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exhibition or event</source>
            <translation>
                <numerusform>%n выставку или мероприятие</numerusform>
                <numerusform>%n выставки или мероприятия</numerusform>
                <numerusform>%n выставок или мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exhibitions and events</source>
            <translation>
                <numerusform>%n выставку или мероприятие</numerusform>
                <numerusform>%n выставки и мероприятия</numerusform>
                <numerusform>%n выставок и мероприятий</numerusform>
            </translation>
        </message>
        <message>
            <source>The programme included {counts}.</source>
            <translation>Программа включала {counts}.</translation>
        </message>
        <message>
            <source>The programme includes {counts}.</source>
            <translation>Программа включает {counts}.</translation>
        </message>
        <message numerus="yes">
            <source>The mission produced %n recorded outcome(s): {kinds}.</source>
            <translation>
                <numerusform>По итогам миссии зафиксирован %n результат: {kinds}.</numerusform>
                <numerusform>По итогам миссии зафиксировано %n результата: {kinds}.</numerusform>
                <numerusform>По итогам миссии зафиксировано %n результатов: {kinds}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The mission has so far produced %n recorded outcome(s): {kinds}.</source>
            <translation>
                <numerusform>На сегодня по итогам миссии зафиксирован %n результат: {kinds}.</numerusform>
                <numerusform>На сегодня по итогам миссии зафиксировано %n результата: {kinds}.</numerusform>
                <numerusform>На сегодня по итогам миссии зафиксировано %n результатов: {kinds}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} ({status}, {amount})</source>
            <translation>{title} ({status}, {amount})</translation>
        </message>
        <message>
            <source>{title} ({status})</source>
            <translation>{title} ({status})</translation>
        </message>
        <message>
            <source>{action} ({owner}, by {date})</source>
            <translation>{action} ({owner}, до {date})</translation>
        </message>
        <message>
            <source>{action} ({owner})</source>
            <translation>{action} ({owner})</translation>
        </message>
        <message>
            <source>{action} (by {date})</source>
            <translation>{action} (до {date})</translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n организации</numerusform>
                <numerusform>%n организаций</numerusform>
                <numerusform>%n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site visit(s)</source>
            <translation>
                <numerusform>%n посещение предприятия</numerusform>
                <numerusform>%n посещения предприятий</numerusform>
                <numerusform>%n посещений предприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cities</source>
            <translation>
                <numerusform>город</numerusform>
                <numerusform>города</numerusform>
                <numerusform>городов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Days</source>
            <translation>
                <numerusform>день</numerusform>
                <numerusform>дня</numerusform>
                <numerusform>дней</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Meetings</source>
            <translation>
                <numerusform>встреча</numerusform>
                <numerusform>встречи</numerusform>
                <numerusform>встреч</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next steps</source>
            <translation>
                <numerusform>задача</numerusform>
                <numerusform>задачи</numerusform>
                <numerusform>задач</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Outcomes</source>
            <translation>
                <numerusform>результат</numerusform>
                <numerusform>результата</numerusform>
                <numerusform>результатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Site visits</source>
            <translation>
                <numerusform>посещение предприятия</numerusform>
                <numerusform>посещения предприятий</numerusform>
                <numerusform>посещений предприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in partnership with {names}</source>
            <translation>
                <numerusform>партнёр: {names}</numerusform>
                <numerusform>партнёры: {names}</numerusform>
                <numerusform>партнёры: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>organized by {names}</source>
            <translation>
                <numerusform>организатор: {names}</numerusform>
                <numerusform>организаторы: {names}</numerusform>
                <numerusform>организаторы: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sponsored by {names}</source>
            <translation>
                <numerusform>спонсор: {names}</numerusform>
                <numerusform>спонсоры: {names}</numerusform>
                <numerusform>спонсоры: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>with the support of {names}</source>
            <translation>
                <numerusform>при поддержке: {names}</numerusform>
                <numerusform>при поддержке: {names}</numerusform>
                <numerusform>при поддержке: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} ({status}, {amount}; with {counterparts})</source>
            <translation>
                <numerusform>{title} ({status}, {amount}; партнёр — {counterparts})</numerusform>
                <numerusform>{title} ({status}, {amount}; партнёры — {counterparts})</numerusform>
                <numerusform>{title} ({status}, {amount}; партнёры — {counterparts})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} ({status}; with {counterparts})</source>
            <translation>
                <numerusform>{title} ({status}; партнёр — {counterparts})</numerusform>
                <numerusform>{title} ({status}; партнёры — {counterparts})</numerusform>
                <numerusform>{title} ({status}; партнёры — {counterparts})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TableFiles</name>
        <message>
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>вертикальная черта</translation>
        </message>
        <message>
            <source>the file is {size} MB, more than the {limit} MB a contact list can be; split it into smaller files.</source>
            <translation>размер файла — {size} МБ, а список контактов может занимать не более {limit} МБ; разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <source>the file holds more than the {limit} MB a contact list can be; split it into smaller files.</source>
            <translation>файл больше {limit} МБ, допустимых для списка контактов; разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <source>this is a device or a pipe, not a file; choose a CSV or .xlsx file.</source>
            <translation>это устройство или канал, а не файл; выберите файл CSV или .xlsx.</translation>
        </message>
        <message>
            <source>cannot be read ({reason}); check the file name and permissions.</source>
            <translation>не удаётся прочитать ({reason}); проверьте имя файла и права доступа.</translation>
        </message>
        <message>
            <source>'{value}' is not a text encoding; use one such as utf-8 or cp1251.</source>
            <translation>«{value}» — не кодировка текста; укажите, например, utf-8 или cp1251.</translation>
        </message>
        <message>
            <source>the text encoding cannot be recognised; save the file as UTF-8 CSV and try again.</source>
            <translation>не удаётся определить кодировку текста; сохраните файл как CSV в кодировке UTF-8 и повторите попытку.</translation>
        </message>
        <message>
            <source>the file is not in the {encoding} encoding; choose another encoding (such as cp1251 or utf-8).</source>
            <translation>файл не в кодировке {encoding}; выберите другую кодировку (например, cp1251 или utf-8).</translation>
        </message>
        <message>
            <source>'{value}' is not a delimiter; use one character such as ; or , (or tab).</source>
            <translation>«{value}» — не разделитель; укажите один символ, например ; или , (для табуляции — tab).</translation>
        </message>
        <message>
            <source>the file has more than {limit} rows; split it into smaller files.</source>
            <translation>в файле больше {limit} строк; разделите его на файлы поменьше.</translation>
        </message>
        <message>
            <source>cannot be read as CSV ({reason}); check the delimiter and the quotes.</source>
            <translation>не удаётся прочитать как CSV ({reason}); проверьте разделитель и кавычки.</translation>
        </message>
        <message>
            <source>the quote (") opened on line {line} is never closed, so every line after it would be read as one value; close the quote (or remove it) and try again.</source>
            <translation>кавычка ("), открытая в строке {line}, нигде не закрыта, и все строки после неё были бы прочитаны как одно значение; закройте кавычку (или удалите её) и повторите попытку.</translation>
        </message>
        <message>
            <source>the sheet '{sheet}' has a header row but no data under it; choose another sheet, or add the rows.</source>
            <translation>на листе «{sheet}» есть строка заголовков, но под ней нет данных; выберите другой лист или добавьте строки.</translation>
        </message>
        <message>
            <source>the file has a header row but no data under it; add the rows, or choose another file.</source>
            <translation>в файле есть строка заголовков, но под ней нет данных; добавьте строки или выберите другой файл.</translation>
        </message>
        <message>
            <source>the table has {count} columns, more than {limit}; keep only the useful ones.</source>
            <translation>столбцов в таблице: {count}, это больше {limit}; оставьте только нужные.</translation>
        </message>
        <message>
            <source>the first row has no column names; put a header row above the data.</source>
            <translation>в первой строке нет названий столбцов; добавьте строку заголовков над данными.</translation>
        </message>
        <message>
            <source>cannot be read as an Excel workbook ({reason}); save it again from Excel as .xlsx.</source>
            <translation>не удаётся прочитать как книгу Excel ({reason}); пересохраните файл в Excel в формате .xlsx.</translation>
        </message>
        <message>
            <source>cannot be read as an Excel workbook ({reason}); save it again as .xlsx.</source>
            <translation>не удаётся прочитать как книгу Excel ({reason}); пересохраните файл в формате .xlsx.</translation>
        </message>
        <message>
            <source>the workbook has no sheets.</source>
            <translation>в книге нет листов.</translation>
        </message>
        <message>
            <source>there is no sheet '{sheet}'; choose one of: {sheets}.</source>
            <translation>листа «{sheet}» нет; выберите один из листов: {sheets}.</translation>
        </message>
        <message>
            <source>the sheet has more than {limit} rows; split it into smaller files.</source>
            <translation>на листе больше {limit} строк; разделите данные на файлы поменьше.</translation>
        </message>
        <message>
            <source>the sheet '{sheet}' is empty; choose a sheet with a header row and data.</source>
            <translation>лист «{sheet}» пуст; выберите лист со строкой заголовков и данными.</translation>
        </message>
        <message>
            <source>an Excel workbook has no encoding or delimiter; leave those options out.</source>
            <translation>у книги Excel нет кодировки и разделителя; не указывайте эти параметры.</translation>
        </message>
        <message>
            <source>a CSV file has no sheets; leave the sheet option out.</source>
            <translation>в файле CSV нет листов; не указывайте параметр листа.</translation>
        </message>
        <message>
            <source>the file is empty; choose a file with a header row and at least one row of data.</source>
            <translation>файл пуст; выберите файл со строкой заголовков и хотя бы одной строкой данных.</translation>
        </message>
        <message>
            <source>this is not a text table (it contains binary data); choose a CSV or .xlsx file.</source>
            <translation>это не текстовая таблица (файл содержит двоичные данные); выберите файл CSV или .xlsx.</translation>
        </message>
        <message>
            <source>this is an old Excel .xls workbook; open it in Excel and save it as .xlsx or CSV.</source>
            <translation>это книга Excel старого формата .xls; откройте её в Excel и сохраните как .xlsx или CSV.</translation>
        </message>
    </context>
    <context>
        <name>Time zone places</name>
        <message>
            <source>Minsk</source>
            <translation>Минска</translation>
        </message>
        <message>
            <source>Moscow</source>
            <translation>Москвы</translation>
        </message>
        <message>
            <source>Kaliningrad</source>
            <translation>Калининграда</translation>
        </message>
        <message>
            <source>Samara</source>
            <translation>Самары</translation>
        </message>
        <message>
            <source>Volgograd</source>
            <translation>Волгограда</translation>
        </message>
        <message>
            <source>Yekaterinburg</source>
            <translation>Екатеринбурга</translation>
        </message>
        <message>
            <source>Omsk</source>
            <translation>Омска</translation>
        </message>
        <message>
            <source>Novosibirsk</source>
            <translation>Новосибирска</translation>
        </message>
        <message>
            <source>Krasnoyarsk</source>
            <translation>Красноярска</translation>
        </message>
        <message>
            <source>Irkutsk</source>
            <translation>Иркутска</translation>
        </message>
        <message>
            <source>Vladivostok</source>
            <translation>Владивостока</translation>
        </message>
        <message>
            <source>Ashgabat</source>
            <translation>Ашхабада</translation>
        </message>
        <message>
            <source>Almaty</source>
            <translation>Алматы</translation>
        </message>
        <message>
            <source>Qostanay</source>
            <translation>Костаная</translation>
        </message>
        <message>
            <source>Aqtobe</source>
            <translation>Актобе</translation>
        </message>
        <message>
            <source>Aqtau</source>
            <translation>Актау</translation>
        </message>
        <message>
            <source>Atyrau</source>
            <translation>Атырау</translation>
        </message>
        <message>
            <source>Oral</source>
            <translation>Уральска</translation>
        </message>
        <message>
            <source>Qyzylorda</source>
            <translation>Кызылорды</translation>
        </message>
        <message>
            <source>Tashkent</source>
            <translation>Ташкента</translation>
        </message>
        <message>
            <source>Samarkand</source>
            <translation>Самарканда</translation>
        </message>
        <message>
            <source>Bishkek</source>
            <translation>Бишкека</translation>
        </message>
        <message>
            <source>Dushanbe</source>
            <translation>Душанбе</translation>
        </message>
        <message>
            <source>Baku</source>
            <translation>Баку</translation>
        </message>
        <message>
            <source>Yerevan</source>
            <translation>Еревана</translation>
        </message>
        <message>
            <source>Tbilisi</source>
            <translation>Тбилиси</translation>
        </message>
        <message>
            <source>Kyiv</source>
            <translation>Киева</translation>
        </message>
        <message>
            <source>Chisinau</source>
            <translation>Кишинёва</translation>
        </message>
        <message>
            <source>Istanbul</source>
            <translation>Стамбула</translation>
        </message>
        <message>
            <source>Tehran</source>
            <translation>Тегерана</translation>
        </message>
        <message>
            <source>Kabul</source>
            <translation>Кабула</translation>
        </message>
        <message>
            <source>Karachi</source>
            <translation>Карачи</translation>
        </message>
        <message>
            <source>Kolkata</source>
            <translation>Калькутты</translation>
        </message>
        <message>
            <source>Shanghai</source>
            <translation>Шанхая</translation>
        </message>
        <message>
            <source>Urumqi</source>
            <translation>Урумчи</translation>
        </message>
        <message>
            <source>Ulaanbaatar</source>
            <translation>Улан-Батора</translation>
        </message>
        <message>
            <source>Dubai</source>
            <translation>Дубая</translation>
        </message>
        <message>
            <source>Riyadh</source>
            <translation>Эр-Рияда</translation>
        </message>
        <message>
            <source>Tokyo</source>
            <translation>Токио</translation>
        </message>
        <message>
            <source>Seoul</source>
            <translation>Сеула</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Сингапура</translation>
        </message>
        <message>
            <source>London</source>
            <translation>Лондона</translation>
        </message>
        <message>
            <source>Berlin</source>
            <translation>Берлина</translation>
        </message>
        <message>
            <source>Paris</source>
            <translation>Парижа</translation>
        </message>
        <message>
            <source>Rome</source>
            <translation>Рима</translation>
        </message>
        <message>
            <source>Vienna</source>
            <translation>Вены</translation>
        </message>
        <message>
            <source>Warsaw</source>
            <translation>Варшавы</translation>
        </message>
        <message>
            <source>Vilnius</source>
            <translation>Вильнюса</translation>
        </message>
        <message>
            <source>Riga</source>
            <translation>Риги</translation>
        </message>
        <message>
            <source>Tallinn</source>
            <translation>Таллина</translation>
        </message>
        <message>
            <source>Helsinki</source>
            <translation>Хельсинки</translation>
        </message>
        <message>
            <source>New York</source>
            <translation>Нью-Йорка</translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message>
            <source>ERROR</source>
            <translation>ОШИБКА</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
        </message>
        <message>
            <source>INFO</source>
            <translation>ПРИМЕЧАНИЕ</translation>
        </message>
        <message>
            <source>Day {number} · {date}</source>
            <translation>День {number} · {date}</translation>
        </message>
        <message>
            <source>No items yet – press Ctrl+I to add one</source>
            <translation>Пунктов пока нет – нажмите Ctrl+I, чтобы добавить</translation>
        </message>
    </context>
    <context>
        <name>TimelineTab</name>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Все дни</translation>
        </message>
        <message>
            <source>Day {number} – {weekday} {date}</source>
            <translation>День {number} – {weekday}, {date}</translation>
        </message>
        <message>
            <source>Change duration of {kind} '{title}'</source>
            <translation>Изменение продолжительности: {kind} «{title}»</translation>
        </message>
        <message>
            <source>Move {kind} '{title}'</source>
            <translation>Перенос: {kind} «{title}»</translation>
        </message>
        <message>
            <source>{kind} now lasts {hours} h {minutes} min</source>
            <translation>{kind}: продолжительность теперь {hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>{kind} moved to {when}</source>
            <translation>{kind}: новое время — {when}</translation>
        </message>
    </context>
    <context>
        <name>TravelMode</name>
        <message>
            <source>Flight</source>
            <translation>Перелёт</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Поезд</translation>
        </message>
        <message>
            <source>Car</source>
            <translation>Автомобиль</translation>
        </message>
        <message>
            <source>Bus</source>
            <translation>Автобус</translation>
        </message>
        <message>
            <source>Ship</source>
            <translation>Судно</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{date} is outside the years {first}–{last}; choose a date within them.</source>
            <translation>Дата {date} выходит за пределы {first}–{last} гг.; выберите дату в этих пределах.</translation>
        </message>
        <message numerus="yes">
            <source>is {length} character(s) long; shorten it to at most {limit}.</source>
            <translation>
                <numerusform>содержит {length} символ, а допустимо не более {limit}; сократите текст.</numerusform>
                <numerusform>содержит {length} символа, а допустимо не более {limit}; сократите текст.</numerusform>
                <numerusform>содержит {length} символов, а допустимо не более {limit}; сократите текст.</numerusform>
            </translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166-1 country code; use two letters such as TM or BY.</source>
            <translation>«{value}» — не код страны ISO 3166-1; укажите две буквы, например TM или BY.</translation>
        </message>
        <message>
            <source>'{value}' is not an IANA time zone; use a name such as Asia/Ashgabat.</source>
            <translation>«{value}» — не часовой пояс IANA; укажите название, например Asia/Ashgabat.</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address; use the form name@example.org.</source>
            <translation>«{value}» — не адрес электронной почты; укажите адрес в виде name@example.org.</translation>
        </message>
        <message>
            <source>Name is required; enter a name.</source>
            <translation>Укажите название.</translation>
        </message>
        <message>
            <source>A sector name is empty; remove the empty entry.</source>
            <translation>Название отрасли пустое; удалите пустую запись.</translation>
        </message>
        <message>
            <source>Title is required; enter a title.</source>
            <translation>Укажите название.</translation>
        </message>
        <message>
            <source>The mission ends before it starts; choose an end date on or after the start date.</source>
            <translation>Миссия заканчивается раньше, чем начинается; выберите дату окончания не раньше даты начала.</translation>
        </message>
        <message>
            <source>An organization is listed twice; keep it once with one role.</source>
            <translation>Организация указана дважды; оставьте её один раз с одной ролью.</translation>
        </message>
        <message>
            <source>The item ends before it starts; set an end time after the start time.</source>
            <translation>Пункт программы заканчивается раньше, чем начинается; укажите время окончания позже времени начала.</translation>
        </message>
        <message>
            <source>A participant is listed twice; list each attendee once.</source>
            <translation>Участник указан дважды; укажите каждого участника один раз.</translation>
        </message>
        <message>
            <source>'{title}' falls outside the mission's dates ({start} – {end}).</source>
            <translation>«{title}» выходит за рамки дат миссии ({start} – {end}).</translation>
        </message>
        <message>
            <source>The amount is not a number; enter digits such as 1250000.00.</source>
            <translation>Сумма не является числом; введите цифры, например 1250000,00.</translation>
        </message>
        <message>
            <source>The amount is negative; enter zero or more.</source>
            <translation>Сумма отрицательная; введите ноль или больше.</translation>
        </message>
        <message>
            <source>The amount is implausibly large; check the number of digits.</source>
            <translation>Сумма неправдоподобно велика; проверьте количество цифр.</translation>
        </message>
        <message>
            <source>An amount needs a currency; choose one such as USD.</source>
            <translation>Для суммы нужна валюта; выберите, например, USD.</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 4217 currency code; use one such as USD.</source>
            <translation>«{value}» — не код валюты ISO 4217; укажите, например, USD.</translation>
        </message>
        <message>
            <source>Action is required; enter an action.</source>
            <translation>Укажите, что нужно сделать.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount; enter digits such as 1250000.00.</source>
            <translation>«{value}» — не сумма; введите цифры, например 1250000,00.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; use the form YYYY-MM-DD.</source>
            <translation>«{value}» — не дата; используйте формат ГГГГ-ММ-ДД.</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Monday</source>
            <translation>понедельник</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>вторник</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>среда</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>четверг</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>пятница</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>суббота</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>воскресенье</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message numerus="yes">
            <source>… and %n more (Show Details…)</source>
            <translation>
                <numerusform>… и ещё %n (см. «Показать подробности…»)</numerusform>
                <numerusform>… и ещё %n (см. «Показать подробности…»)</numerusform>
                <numerusform>… и ещё %n (см. «Показать подробности…»)</numerusform>
            </translation>
        </message>
    </context>
</TS>
